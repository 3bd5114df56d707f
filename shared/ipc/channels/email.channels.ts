import { z } from 'zod';
import { channel, empty, id } from '../channel-spec';
import { emailSettingsSchema, emailTestSchema } from '../../forms/email-settings.schema';
import type {
  ActivityNotificationStatus,
  EmailSettingsView,
  EmailTestOutcome,
  ParticipantCandidate,
} from '../dto/email';

export const emailChannels = {
  'email.settings.get': channel<EmailSettingsView>()({
    input: empty,
    kind: 'query',
    permission: 'settings.email',
  }),
  'email.settings.save': channel<EmailSettingsView>()({
    input: emailSettingsSchema,
    kind: 'mutation',
    permission: 'settings.email',
  }),
  /** "Enviar e-mail de teste" with the settings as typed (the saved password when none is typed). */
  'email.settings.test': channel<EmailTestOutcome>()({
    input: emailTestSchema,
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
