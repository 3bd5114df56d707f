import type { Core } from '../../core-types';
import { hasDueNotification, recoverInterruptedSends } from '../../db/repos/activity-notifications.repo';
import { ACTIVITY_NOTIFICATIONS_JOB } from '../../jobs/activity-notifications.job';
import { log } from '../../log';

const POLL_MS = 3_000;

/**
 * Background starter: first settles what a previous process left half-sent, then checks the
 * outbox every few seconds (one indexed lookup) and starts a sending run when a row is due.
 * Saving an activity never waits for this.
 */
export function startNotificationPump(core: Core): () => void {
  const recovered = recoverInterruptedSends(core.db, core.now().toISOString());
  if (recovered.resent || recovered.uncertain) {
    log.info(
      `notificações interrompidas na última sessão: ${recovered.resent} reenviada(s), ${recovered.uncertain} incerta(s)`,
    );
  }
  const scheduler = core.scheduler;
  const tick = () => {
    try {
      if (scheduler.runningRunId(ACTIVITY_NOTIFICATIONS_JOB) !== null) return;
      if (hasDueNotification(core.db, core.now().toISOString())) scheduler.runNow(ACTIVITY_NOTIFICATIONS_JOB);
    } catch (e) {
      log.error('verificação das notificações falhou', e);
    }
  };
  const timer = setInterval(tick, core.options.notificationPollMs ?? POLL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
