import type { Core } from '../core-types';
import { deliverDueNotifications } from '../services/email/notification-sender';
import type { JobDefinition } from './scheduler';

export const ACTIVITY_NOTIFICATIONS_JOB = 'activity-notifications';

/**
 * No daily slot: the notification pump starts a run whenever the outbox has a due row, so
 * each sending pass (and its failures) appears in the integration run log.
 */
export function activityNotificationsJob(core: Core): JobDefinition {
  return {
    name: ACTIVITY_NOTIFICATIONS_JOB,
    dailyAt: () => null,
    async run(ctx) {
      const t = await deliverDueNotifications(core, { runId: ctx.runId, signal: ctx.signal });
      const parts = [`${t.sent} notificação(ões) enviada(s)`];
      if (t.retrying) parts.push(`${t.retrying} para nova tentativa`);
      if (t.failed) parts.push(`${t.failed} com falha`);
      return { outcome: `${parts.join(', ')}.`, details: t };
    },
  };
}
