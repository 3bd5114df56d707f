import { z } from 'zod';
import { channel, id } from '../channel-spec';
import type { Client } from '../dto/clients';
import { MAX_NOTES_LENGTH, type QuickNotesSaved } from '../dto/client-details';

// Shape only; the pt-BR rules (CNPJ/CPF, e-mail, phone, URL) run in validateClientDetails.
const detailsFields = z
  .object({
    legalName: z.string().max(400),
    tradeName: z.string().max(400).nullable(),
    document: z.string().max(40),
    status: z.enum(['active', 'inactive']),
    emails: z.array(z.string().max(320)).max(50),
    phones: z.array(z.string().max(40)).max(50),
    site: z.string().max(500).nullable(),
    currency: z.string().max(10),
    paymentMethod: z.string().max(200),
    language: z.string().max(20),
    accountingAccount: z.string().max(100),
    preferredAppointmentDay: z.string().max(40).nullable(),
    sharedAcrossCompanies: z.boolean(),
  })
  .strict();

export const clientDetailsChannels = {
  'clientDetails.update': channel<Client>()({
    input: z.object({ clientId: id, fields: detailsFields }),
    kind: 'mutation',
    permission: 'clients.edit',
  }),
  // Every agent on the phone may jot a note, whatever their group.
  'clientDetails.saveNotes': channel<QuickNotesSaved>()({
    input: z.object({
      clientId: id,
      notes: z.string().max(MAX_NOTES_LENGTH, `As notas rápidas aceitam até ${MAX_NOTES_LENGTH} caracteres.`),
    }),
    kind: 'mutation',
    anyUser: true,
  }),
};
