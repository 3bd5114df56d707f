/**
 * The one scheduler of a core and the jobs on it. Later jobs (e.g. the 01:00 receivables
 * export) add their factory to JOB_FACTORIES.
 */
import type { Core } from '../core-types';
import { erpSyncJob } from './erp-sync.job';
import { receivablesJob } from './receivables.job';
import { backupJob } from './backup.job';
import { activityNotificationsJob } from './activity-notifications.job';
import { erpOutboxJob } from './erp-outbox.job';
import { createScheduler, type JobDefinition, type Scheduler } from './scheduler';
import { pushJobRuns } from '../services/integration/floor-run-log';

const JOB_FACTORIES: ((core: Core) => JobDefinition)[] = [
  erpSyncJob,
  receivablesJob,
  activityNotificationsJob,
  backupJob,
  erpOutboxJob,
];
const WATCHDOG_MS = 60_000;

/** Built once by createCore with every job registered; timers run only after startJobs. */
export function createJobScheduler(core: Core): Scheduler {
  // A getter: "Restaurar backup" replaces core.db, and the scheduler must follow it.
  const scheduler = createScheduler({
    get db() {
      return core.db;
    },
    now: () => core.now(),
    watchdogMs: WATCHDOG_MS,
    // Floor mode: every seat's Log das execuções lists this seat's runs (never throws).
    onRunsChanged: () => void pushJobRuns(core),
  });
  for (const factory of JOB_FACTORIES) scheduler.register(factory(core));
  return scheduler;
}

/** Background starter: catch-up, daily triggers, and a catch-up when Windows resumes from sleep. */
export function startJobs(core: Core): () => Promise<void> {
  const { scheduler } = core;
  scheduler.start();
  const detach = core.power.onResume(() => scheduler.onResume());
  return async () => {
    detach();
    await scheduler.stop();
  };
}
