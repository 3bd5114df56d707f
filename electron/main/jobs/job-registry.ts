/**
 * The one scheduler of a core and the jobs on it. Later jobs (e.g. the 01:00 receivables
 * export) add their factory to JOB_FACTORIES.
 */
import type { Core } from '../core-types';
import { log } from '../log';
import { erpSyncJob } from './erp-sync.job';
import { receivablesJob } from './receivables.job';
import { backupJob } from './backup.job';
import { activityNotificationsJob } from './activity-notifications.job';
import { createScheduler, type JobDefinition, type Scheduler } from './scheduler';

const JOB_FACTORIES: ((core: Core) => JobDefinition)[] = [
  erpSyncJob,
  receivablesJob,
  activityNotificationsJob,
  backupJob,
];
const WATCHDOG_MS = 60_000;

const schedulers = new WeakMap<Core, Scheduler>();

/** Created on first use with every job registered; timers run only after startJobs. */
export function schedulerFor(core: Core): Scheduler {
  let scheduler = schedulers.get(core);
  if (!scheduler) {
    // A getter: "Restaurar backup" replaces core.db, and the scheduler must follow it.
    scheduler = createScheduler({
      get db() {
        return core.db;
      },
      now: () => core.now(),
      watchdogMs: WATCHDOG_MS,
    });
    for (const factory of JOB_FACTORIES) scheduler.register(factory(core));
    schedulers.set(core, scheduler);
  }
  return scheduler;
}

/** Background starter: catch-up, daily triggers, and a catch-up when Windows resumes from sleep. */
export function startJobs(core: Core): () => Promise<void> {
  const scheduler = schedulerFor(core);
  scheduler.start();
  let detach = (): void => {};
  if (core.options.transport === 'electron') {
    void import('electron')
      .then(({ powerMonitor }) => {
        const onResume = () => scheduler.onResume();
        powerMonitor.on('resume', onResume);
        detach = () => void powerMonitor.removeListener('resume', onResume);
      })
      .catch((e: unknown) => log.warn(`sem aviso de retomada do sistema: ${(e as Error).message}`));
  }
  return async () => {
    detach();
    await scheduler.stop();
  };
}
