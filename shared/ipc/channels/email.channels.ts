import { z } from 'zod';
import { channel, empty, id } from '../channel-spec';
import {
  SMTP_SECURITY,
  type ActivityNotificationStatus,
  type EmailSettingsView,
  type EmailTestOutcome,
  type ParticipantCandidate,
} from '../dto/email';

const address = z.email({ message: 'Informe um endereço de e-mail válido.' }).max(200);
const settings = z.object({
  host: z
    .string()
    .trim()
    .min(1, 'Informe o servidor SMTP.')
    .max(253)
    .regex(/^[A-Za-z0-9.:[\]-]+$/, 'O servidor deve ser um nome ou endereço IP, sem "smtp://".'),
  port: z.number().int().min(1, 'Porta inválida.').max(65535, 'Porta inválida.'),
  security: z.enum(SMTP_SECURITY),
  user: z.string().trim().max(200),
  /** Omitted or null keeps the saved password; '' with an empty user removes it. */
  password: z.string().max(200, 'A senha deve ter no máximo 200 caracteres.').nullable().optional(),
  fromName: z.string().trim().max(120),
  fromAddress: address,
  /** Omitted keeps the imported CA; null removes it. */
  caPem: z.string().max(20_000, 'O certificado deve ter no máximo 20.000 caracteres.').nullable().optional(),
});

export const emailChannels = {
  'email.settings.get': channel<EmailSettingsView>()({
    input: empty,
    kind: 'query',
    permission: 'settings.email',
  }),
  'email.settings.save': channel<EmailSettingsView>()({
    input: settings,
    kind: 'mutation',
    permission: 'settings.email',
  }),
  /** "Enviar e-mail de teste" with the settings as typed (the saved password when none is typed). */
  'email.settings.test': channel<EmailTestOutcome>()({
    input: settings.extend({ to: address }),
    kind: 'mutation',
    permission: 'settings.email',
  }),
  'activityNotifications.candidates': channel<ParticipantCandidate[]>()({
    input: z.object({ clientId: id }),
    kind: 'query',
  }),
  'activityNotifications.forActivity': channel<ActivityNotificationStatus[]>()({
    input: z.object({ activityId: id }),
    kind: 'query',
  }),
  /** Reenviar: a failed or uncertain notification goes back to the outbox, same Message-ID. */
  'activityNotifications.resend': channel<ActivityNotificationStatus>()({
    input: z.object({ id }),
    kind: 'mutation',
    anyUser: true,
  }),
};
