import type { Core } from './core-types';
import { startJobs } from './jobs/job-registry';
import { startCreditBackground } from './services/credit/credit-background';
import { scheduleIntegrityCheck } from './services/database/integrity-check';
import { startNotificationPump } from './services/email/notification-pump';

/**
 * Long-running work of the main process (schedulers, refreshers), started once the core is
 * up and stopped when it closes. Each feature adds its starter here; a starter returns its stop.
 */
type Starter = (core: Core) => (() => void | Promise<void>) | void;

const DEFAULT_INTEGRITY_CHECK_DELAY_MS = 30_000;
const startIntegrityCheck: Starter = (core) =>
  scheduleIntegrityCheck(core, core.options.integrityCheckDelayMs ?? DEFAULT_INTEGRITY_CHECK_DELAY_MS);

const starters: Starter[] = [startJobs, startCreditBackground, startIntegrityCheck, startNotificationPump];

export function startBackground(core: Core): () => Promise<void> {
  const stops = starters.map((start) => start(core)).filter((s): s is () => void | Promise<void> => !!s);
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}
