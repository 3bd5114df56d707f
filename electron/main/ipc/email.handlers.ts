import {
  activityNotifications,
  listParticipantCandidates,
  resendNotification,
} from '../services/email/activity-notifications.service';
import {
  emailSettingsView,
  saveEmailSettings,
  sendTestEmail,
} from '../services/email/email-settings.service';
import { defineHandlers, requireUser } from './registry';

export const emailHandlers = defineHandlers({
  'email.settings.get': ({ core }) => emailSettingsView(core),
  'email.settings.save': (ctx, input) => saveEmailSettings(ctx.core, requireUser(ctx).user, input),
  'email.settings.test': ({ core }, input) => sendTestEmail(core, input),
  'activityNotifications.candidates': ({ core }, { clientId }) => listParticipantCandidates(core, clientId),
  'activityNotifications.forActivity': ({ core }, { activityId }) => activityNotifications(core, activityId),
  'activityNotifications.resend': ({ core }, { id }) => resendNotification(core, id),
});
