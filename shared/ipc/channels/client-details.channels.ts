import { z } from 'zod';
import { channel, id } from '../channel-spec';
import type { Client } from '../dto/clients';
import { type QuickNotesSaved } from '../dto/client-details';
import { MAX_NOTES_LENGTH } from '../../domain/client-details';
import { clientDetailsFieldsSchema } from '../../forms/client-details.schema';

export const clientDetailsChannels = {
  'clientDetails.update': channel<Client>()({
    input: z.object({ clientId: id, fields: clientDetailsFieldsSchema }),
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
