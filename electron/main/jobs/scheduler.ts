/**
 * A small daily-job scheduler for the main process. Each job names a São Paulo time; a run
 * is recorded in job_runs with the business date of the slot it serves. A slot missed while
 * the app was closed or the computer slept runs ONCE on the next start or resume: by default
 * only the latest missed slot (three nights off do not mean three syncs in a row); a job with
 * `catchUp: 'each'` gets one run per missed business date instead, oldest first.
 */
import { addDays, saoPauloLocalToUtc, todayInSaoPaulo, nextDailyRun } from '../../../shared/domain/dates';
import { AppFailure } from '../../../shared/ipc/result';
import type { Db } from '../db/connection';
import { getSetting, setSetting } from '../db/repos/settings.repo';
import {
  finishJobRun,
  getJobRun,
  insertJobRun,
  markRunningInterrupted,
  slotServed,
  type JobRunRecord,
  type JobTrigger,
} from '../db/repos/job-runs.repo';
import { log } from '../log';
import { nodeScheduleTrigger, type DailyTrigger } from './daily-trigger';

export interface JobContext {
  runId: number;
  businessDate: string;
  trigger: JobTrigger;
  /** Aborted when the scheduler stops; a job stops between steps and leaves resumable state. */
  signal: AbortSignal;
}

export interface JobResult {
  /** pt-BR, shown in the run history. */
  outcome: string;
  details?: object;
}

export interface JobDefinition {
  name: string;
  /** 'HH:mm' in São Paulo, read again on every reschedule; null while the job is not configured. */
  dailyAt(): string | null;
  run(ctx: JobContext): Promise<JobResult>;
  /**
   * 'latest' (default): one catch-up for the latest missed slot. 'each': one run per missed
   * business date, in order (at most MAX_EACH_CATCH_UP), for jobs whose work is per day.
   */
  catchUp?: 'latest' | 'each';
}

export interface SchedulerOptions {
  db: Db;
  now?: () => Date;
  trigger?: DailyTrigger;
  /** Period of the missed-slot check that also catches a sleep the OS did not report; 0 disables it. */
  watchdogMs?: number;
  /** A run was recorded, finished or closed as interrupted (floor mode copies it centrally). */
  onRunsChanged?: () => void;
}

export interface StartedRun {
  runId: number;
  done: Promise<JobRunRecord>;
}

export interface Scheduler {
  register(job: JobDefinition): void;
  /** Closes runs a dead process left open, catches up missed slots, arms the daily triggers. */
  start(): void;
  stop(): Promise<void>;
  runNow(name: string): StartedRun;
  /** After a settings change: re-reads every job's time. */
  reschedule(): void;
  /** The computer woke up: run what was missed while it slept. */
  onResume(): void;
  nextRunAt(name: string): Date | null;
  runningRunId(name: string): number | null;
  /** Stops a running job between steps (its state stays resumable); false when none was running. */
  cancel(name: string): Promise<boolean>;
}

// A slot this young is left to the trigger itself; the watchdog would race it otherwise.
const TRIGGER_GRACE_MS = 2 * 60_000;
export const MAX_EACH_CATCH_UP = 31;

export function createScheduler(opts: SchedulerOptions): Scheduler {
  const now = opts.now ?? (() => new Date());
  const trigger = opts.trigger ?? nodeScheduleTrigger;
  const runsChanged = () => opts.onRunsChanged?.();
  const jobs = new Map<string, JobDefinition>();
  const cancels = new Map<string, () => void>();
  const running = new Map<string, { runId: number; done: Promise<JobRunRecord>; abort: AbortController }>();
  const catchingUp = new Set<string>();
  const cancelledByUser = new Set<number>();
  let watchdog: NodeJS.Timeout | null = null;
  let started = false;

  const sinceKey = (name: string) => `jobs.${name}.scheduledSince`;

  /** The latest slot at or before now, as its business date and instant. */
  function latestSlot(hhmm: string): { date: string; at: Date } {
    const today = todayInSaoPaulo(now());
    const at = saoPauloLocalToUtc(today, hhmm);
    if (at.getTime() <= now().getTime()) return { date: today, at };
    const yesterday = addDays(today, -1);
    return { date: yesterday, at: saoPauloLocalToUtc(yesterday, hhmm) };
  }

  function launch(job: JobDefinition, trigger: JobTrigger, businessDate: string): StartedRun {
    const active = running.get(job.name);
    if (active) throw new AppFailure('jobs.alreadyRunning');
    const runId = insertJobRun(opts.db, {
      job: job.name,
      businessDate,
      trigger,
      startedAt: now().toISOString(),
    });
    runsChanged();
    const abort = new AbortController();
    const done = (async () => {
      try {
        const result = await job.run({ runId, businessDate, trigger, signal: abort.signal });
        finishJobRun(opts.db, runId, {
          status: 'success',
          finishedAt: now().toISOString(),
          outcome: result.outcome,
          details: result.details,
        });
      } catch (e) {
        const cancelled = abort.signal.aborted;
        const message = e instanceof AppFailure ? e.message : 'Erro inesperado; veja o log do aplicativo.';
        if (!(e instanceof AppFailure)) log.error(`job ${job.name} failed`, e);
        finishJobRun(opts.db, runId, {
          status: cancelled ? 'interrupted' : 'failed',
          finishedAt: now().toISOString(),
          outcome: !cancelled
            ? message
            : cancelledByUser.has(runId)
              ? 'Interrompida pelo usuário; a próxima execução continua de onde parou.'
              : 'Interrompida: o aplicativo foi fechado durante a execução.',
        });
      } finally {
        cancelledByUser.delete(runId);
        running.delete(job.name);
        runsChanged();
      }
      return getJobRun(opts.db, runId) as JobRunRecord;
    })();
    running.set(job.name, { runId, done, abort });
    return { runId, done };
  }

  function runSlot(job: JobDefinition, trigger: 'schedule' | 'catch_up', businessDate: string): void {
    if (running.has(job.name) || slotServed(opts.db, job.name, businessDate)) return;
    launch(job, trigger, businessDate);
  }

  /** Business dates from the first owed slot up to `latest`, oldest first, not yet served. */
  function owedDates(job: JobDefinition, hhmm: string, since: string, latest: string): string[] {
    const dates: string[] = [];
    for (let d = latest; dates.length < MAX_EACH_CATCH_UP; d = addDays(d, -1)) {
      if (saoPauloLocalToUtc(d, hhmm).toISOString() < since) break;
      dates.unshift(d);
    }
    return dates.filter((d) => !slotServed(opts.db, job.name, d));
  }

  /** Runs the owed dates one after another; a run already in progress is waited for first. */
  async function catchUpEach(job: JobDefinition, dates: string[]): Promise<void> {
    if (catchingUp.has(job.name)) return;
    catchingUp.add(job.name);
    try {
      for (const date of dates) {
        for (let active = running.get(job.name); active; active = running.get(job.name)) await active.done;
        if (!started || slotServed(opts.db, job.name, date)) continue;
        await launch(job, 'catch_up', date).done;
      }
    } finally {
      catchingUp.delete(job.name);
    }
  }

  function catchUp(job: JobDefinition, grace: number): void {
    const hhmm = job.dailyAt();
    if (!hhmm) return;
    const since = getSetting(opts.db, sinceKey(job.name));
    const slot = latestSlot(hhmm);
    // A slot from before the job was first scheduled was never owed.
    if (!since || slot.at.toISOString() < since) return;
    if (now().getTime() - slot.at.getTime() < grace) return;
    if (job.catchUp === 'each') {
      if (catchingUp.has(job.name)) return;
      catchUpEach(job, owedDates(job, hhmm, since, slot.date)).catch((e: unknown) =>
        log.error(`catch-up of ${job.name} failed`, e),
      );
      return;
    }
    runSlot(job, 'catch_up', slot.date);
  }

  function arm(job: JobDefinition): void {
    cancels.get(job.name)?.();
    cancels.delete(job.name);
    const hhmm = job.dailyAt();
    if (!hhmm) return;
    if (!getSetting(opts.db, sinceKey(job.name)))
      setSetting(opts.db, sinceKey(job.name), now().toISOString());
    cancels.set(
      job.name,
      trigger(hhmm, () => runSlot(job, 'schedule', todayInSaoPaulo(now()))),
    );
  }

  return {
    register(job) {
      jobs.set(job.name, job);
      if (started) arm(job);
    },
    start() {
      if (started) return;
      started = true;
      const closed = markRunningInterrupted(opts.db, now().toISOString());
      if (closed) log.info(`${closed} execução(ões) interrompida(s) na última sessão`);
      runsChanged();
      for (const job of jobs.values()) {
        catchUp(job, 0);
        arm(job);
      }
      if (opts.watchdogMs) {
        watchdog = setInterval(() => {
          for (const job of jobs.values()) catchUp(job, TRIGGER_GRACE_MS);
        }, opts.watchdogMs);
        watchdog.unref();
      }
    },
    async stop() {
      started = false;
      if (watchdog) clearInterval(watchdog);
      for (const cancel of cancels.values()) cancel();
      cancels.clear();
      const pending = [...running.values()];
      for (const r of pending) r.abort.abort();
      await Promise.all(pending.map((r) => r.done));
    },
    async cancel(name) {
      const active = running.get(name);
      if (!active) return false;
      cancelledByUser.add(active.runId);
      active.abort.abort();
      await active.done;
      return true;
    },
    runNow(name) {
      const job = jobs.get(name);
      if (!job) throw new AppFailure('jobs.unknown', { name });
      return launch(job, 'manual', todayInSaoPaulo(now()));
    },
    reschedule() {
      if (!started) return;
      for (const job of jobs.values()) arm(job);
    },
    onResume() {
      for (const job of jobs.values()) catchUp(job, 0);
    },
    nextRunAt(name) {
      const hhmm = jobs.get(name)?.dailyAt();
      return hhmm ? nextDailyRun(now(), hhmm) : null;
    },
    runningRunId: (name) => running.get(name)?.runId ?? null,
  };
}
