import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/main/db/connection';
import { loadMigrations } from '../../electron/main/db/migrate';
import { migrationsDir } from '../../electron/main/db/paths';
import { insertJobRun, listJobRuns } from '../../electron/main/db/repos/job-runs.repo';
import schedule from 'node-schedule';
import { nodeScheduleTrigger, type DailyTrigger } from '../../electron/main/jobs/daily-trigger';
import { nextDailyRun } from '../../shared/domain/dates';
import { AppFailure } from '../../shared/ipc/result';
import { createScheduler, type JobDefinition, type Scheduler } from '../../electron/main/jobs/scheduler';

let db: Db;
let clock: Date;
let armed: { hhmm: string; fire: () => void }[];
let runs: string[];
let release: (() => void) | null;
const schedulers: Scheduler[] = [];

const fakeTrigger: DailyTrigger = (hhmm, fire) => {
  const entry = { hhmm, fire };
  armed.push(entry);
  return () => void armed.splice(armed.indexOf(entry), 1);
};

function job(opts: { at?: string | null; blocking?: boolean } = {}): JobDefinition {
  return {
    name: 'nightly',
    dailyAt: () => (opts.at === undefined ? '00:00' : opts.at),
    async run(ctx) {
      runs.push(`${ctx.trigger}:${ctx.businessDate}`);
      if (opts.blocking) await new Promise<void>((r) => (release = r));
      return { outcome: 'ok' };
    },
  };
}

function scheduler(def: JobDefinition = job()): Scheduler {
  const s = createScheduler({ db, now: () => clock, trigger: fakeTrigger });
  s.register(def);
  schedulers.push(s);
  return s;
}
const settle = () => new Promise((r) => setTimeout(r, 10));
// São Paulo is UTC-3 all year since 2019: 00:00 there is 03:00Z.
const at = (iso: string) => (clock = new Date(iso));

beforeEach(() => {
  db = openDatabase(':memory:', { migrations: loadMigrations(migrationsDir()) });
  armed = [];
  runs = [];
  release = null;
});
afterEach(async () => {
  release?.();
  for (const s of schedulers.splice(0)) await s.stop();
  db.close();
});

describe('scheduler with a fake clock', () => {
  it('arms the daily trigger at the configured São Paulo time and runs once per slot', async () => {
    at('2026-11-20T15:00:00Z');
    const s = scheduler();
    s.start();
    expect(runs).toEqual([]);
    expect(armed.map((a) => a.hhmm)).toEqual(['00:00']);
    expect(s.nextRunAt('nightly')?.toISOString()).toBe('2026-11-21T03:00:00.000Z');
    at('2026-11-21T03:00:00Z');
    armed[0]?.fire();
    armed[0]?.fire();
    await settle();
    expect(runs).toEqual(['schedule:2026-11-21']);
  });

  it('a run missed while the app was off runs ONCE on the next start, for the latest slot only', async () => {
    at('2026-11-20T15:00:00Z');
    const first = scheduler();
    first.start();
    await first.stop();
    at('2026-11-23T12:00:00Z'); // three nights off
    const second = scheduler();
    second.start();
    await settle();
    expect(runs).toEqual(['catch_up:2026-11-23']);
    await second.stop();
    const third = scheduler();
    third.start();
    await settle();
    expect(runs).toEqual(['catch_up:2026-11-23']);
  });

  it('a run missed while the computer slept runs once on resume', async () => {
    at('2026-11-20T15:00:00Z');
    const s = scheduler();
    s.start();
    at('2026-11-21T11:00:00Z'); // woke up; the 00:00 trigger never fired
    s.onResume();
    s.onResume();
    await settle();
    expect(runs).toEqual(['catch_up:2026-11-21']);
  });

  it('does not owe slots from before the job was first scheduled', async () => {
    at('2026-11-21T10:00:00Z');
    scheduler().start();
    await settle();
    expect(runs).toEqual([]);
  });

  it('a run the previous process left running is marked interrupted and its slot is caught up', async () => {
    at('2026-11-20T15:00:00Z');
    const first = scheduler();
    first.start();
    await first.stop();
    insertJobRun(db, {
      job: 'nightly',
      businessDate: '2026-11-21',
      trigger: 'schedule',
      startedAt: '2026-11-21T03:00:00Z',
    });
    at('2026-11-21T09:00:00Z');
    scheduler().start();
    await settle();
    const history = listJobRuns(db, 'nightly', 10).map((r) => [r.trigger, r.status]);
    expect(history).toEqual([
      ['catch_up', 'success'],
      ['schedule', 'interrupted'],
    ]);
  });

  it('runNow runs at once, refuses a second run meanwhile, and does not count as the nightly slot', async () => {
    at('2026-11-20T15:00:00Z');
    const s = scheduler(job({ blocking: true }));
    s.start();
    const started = s.runNow('nightly');
    expect(s.runningRunId('nightly')).toBe(started.runId);
    expect(() => s.runNow('nightly')).toThrow(/já está em execução/);
    release?.();
    const done = await started.done;
    expect(done).toMatchObject({ status: 'success', trigger: 'manual', outcome: 'ok' });
    at('2026-11-21T03:00:00Z');
    armed[0]?.fire();
    await settle();
    expect(runs).toEqual(['manual:2026-11-20', 'schedule:2026-11-21']);
  });

  it('records a failure with its message and re-arms at a new time after reschedule', async () => {
    at('2026-11-20T15:00:00Z');
    let time = '00:00';
    const failing: JobDefinition = {
      name: 'nightly',
      dailyAt: () => time,
      run: async () => {
        throw new AppFailure('ERP_UNREACHABLE', 'ERP fora do ar.');
      },
    };
    const s = scheduler(failing);
    s.start();
    const r = await s.runNow('nightly').done;
    expect(r).toMatchObject({ status: 'failed', outcome: 'ERP fora do ar.' });
    time = '02:30';
    s.reschedule();
    expect(armed.map((a) => a.hhmm)).toEqual(['02:30']);
    expect(s.nextRunAt('nightly')?.toISOString()).toBe('2026-11-21T05:30:00.000Z');
  });

  it('an unconfigured job is not armed and owes nothing', async () => {
    at('2026-11-20T15:00:00Z');
    const s = scheduler(job({ at: null }));
    s.start();
    expect(armed).toEqual([]);
    expect(s.nextRunAt('nightly')).toBeNull();
  });
});

describe('node-schedule trigger', () => {
  it('fires at the São Paulo wall-clock time, whatever the machine time zone', () => {
    const cancel = nodeScheduleTrigger('01:00', () => {});
    const jobs = Object.values(schedule.scheduledJobs);
    const next = jobs[jobs.length - 1]?.nextInvocation();
    expect(next?.getTime()).toBe(nextDailyRun(new Date(), '01:00').getTime());
    cancel();
    expect(Object.values(schedule.scheduledJobs)).toHaveLength(jobs.length - 1);
  });
});
