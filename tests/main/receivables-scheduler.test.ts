/**
 * The 01:00 receivables job on the scheduler, with a fake clock and a manual trigger, against
 * the bureau simulator and the ERP simulator (which holds the sync-host designation).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DailyTrigger } from '../../electron/main/jobs/daily-trigger';
import { RECEIVABLES_JOB, receivablesJob } from '../../electron/main/jobs/receivables.job';
import { createScheduler, type Scheduler } from '../../electron/main/jobs/scheduler';
import { startBureauSimulator, type BureauSimulatorHandle } from '../../tools/simulators/bureau/server';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import {
  clientCodes,
  pointAtSimulator,
  title,
  useErp,
  waitForRuns,
  writeTitles,
} from './receivables-fixture';
import { createTestCore, type TestCore } from './support/test-core';

let sim: BureauSimulatorHandle;
let erp: ErpSimulatorHandle;
let t: TestCore;
let clock: Date;
let armed: { hhmm: string; fire: () => void }[];
const schedulers: Scheduler[] = [];

const fakeTrigger: DailyTrigger = (hhmm, fire) => {
  const entry = { hhmm, fire };
  armed.push(entry);
  return () => void armed.splice(armed.indexOf(entry), 1);
};
// São Paulo is UTC-3 all year: 01:00 there is 04:00Z.
const at = (iso: string) => (clock = new Date(iso));

/** A fresh scheduler, as a new start of the app would create. */
function appStart(): Scheduler {
  const s = createScheduler({ db: t.core.db, now: () => clock, trigger: fakeTrigger });
  s.register(receivablesJob(t.core));
  schedulers.push(s);
  s.start();
  return s;
}
async function appClose(s: Scheduler): Promise<void> {
  await s.stop();
}

const runs = () =>
  t.core.db
    .prepare('SELECT business_date, trigger, status FROM job_runs WHERE job = ? ORDER BY id')
    .all(RECEIVABLES_JOB) as { business_date: string; trigger: string; status: string }[];
const exportsMade = () =>
  t.core.db.prepare('SELECT kind, business_date, rows FROM receivables_exports ORDER BY id').all();

beforeAll(async () => {
  erp = await startErpSimulator({ clients: 20, titles: 20 });
});
afterAll(() => erp.stop());
beforeEach(async () => {
  sim = await startBureauSimulator();
  at('2026-11-20T15:00:00Z');
  t = await createTestCore({ clients: 20, now: () => clock });
  armed = [];
  await pointAtSimulator(t.core, sim);
  useErp(t.core, erp);
  const admin = await t.loginAs('admin');
  const claimed = await t.call(admin, 'receivables.syncHost.claim', { confirmTakeover: true });
  expect(claimed.ok).toBe(true);
  writeTitles(t.core.db, [
    title({
      key: 'S-1/1',
      erpCode: clientCodes(t.core.db, 1)[0] as string,
      issueDate: '2026-11-10',
      amountCents: 1_000,
    }),
  ]);
});
afterEach(async () => {
  for (const s of schedulers.splice(0)) await s.stop();
  t.close();
  await sim.stop();
});

describe('receivables job with a fake clock', () => {
  it('runs at 01:00 exactly once per business date', async () => {
    const s = appStart();
    expect(armed.map((a) => a.hhmm)).toEqual(['01:00']);
    expect(s.nextRunAt(RECEIVABLES_JOB)?.toISOString()).toBe('2026-11-21T04:00:00.000Z');
    at('2026-11-21T04:00:00Z');
    armed[0]?.fire();
    armed[0]?.fire();
    await waitForRuns(t.core.db, RECEIVABLES_JOB, 1);
    armed[0]?.fire();
    at('2026-11-22T04:00:00Z');
    armed[0]?.fire();
    await waitForRuns(t.core.db, RECEIVABLES_JOB, 2);
    expect(runs()).toEqual([
      { business_date: '2026-11-21', trigger: 'schedule', status: 'success' },
      { business_date: '2026-11-22', trigger: 'schedule', status: 'success' },
    ]);
    expect(exportsMade()).toEqual([{ kind: 'full', business_date: '2026-11-21', rows: 1 }]);
  });

  it('app closed at 01:00 and opened at 08:13 runs one catch-up; opened again the same day runs none', async () => {
    await appClose(appStart());
    at('2026-11-21T11:13:00Z');
    const second = appStart();
    await waitForRuns(t.core.db, RECEIVABLES_JOB, 1);
    second.onResume();
    await appClose(second);
    at('2026-11-21T18:00:00Z');
    appStart();
    await new Promise((r) => setTimeout(r, 100));
    expect(runs()).toEqual([{ business_date: '2026-11-21', trigger: 'catch_up', status: 'success' }]);
    expect(sim.receivables().records.has('S-1/1#entry')).toBe(true);
  });

  it('asleep 00:30–07:00 runs one on resume', async () => {
    at('2026-11-21T03:30:00Z');
    const s = appStart();
    at('2026-11-21T10:00:00Z'); // the 01:00 timer never fired while the computer slept
    s.onResume();
    s.onResume();
    await waitForRuns(t.core.db, RECEIVABLES_JOB, 1);
    s.onResume();
    await new Promise((r) => setTimeout(r, 100));
    expect(runs()).toEqual([{ business_date: '2026-11-21', trigger: 'catch_up', status: 'success' }]);
  });

  it('three closed days catch up in order, each with the movements of its own day', async () => {
    const s = appStart();
    at('2026-11-21T04:00:00Z');
    armed[0]?.fire();
    await waitForRuns(t.core.db, RECEIVABLES_JOB, 1);
    await appClose(s);
    const code = clientCodes(t.core.db, 1)[0] as string;
    writeTitles(t.core.db, [
      title({ key: 'S-21/1', erpCode: code, issueDate: '2026-11-21', amountCents: 2_100 }),
      title({ key: 'S-22/1', erpCode: code, issueDate: '2026-11-22', amountCents: 2_200 }),
      title({ key: 'S-23/1', erpCode: code, issueDate: '2026-11-23', amountCents: 2_300 }),
    ]);
    at('2026-11-24T11:00:00Z'); // closed on the 22nd, 23rd and 24th at 01:00
    appStart();
    await waitForRuns(t.core.db, RECEIVABLES_JOB, 4);
    expect(runs()).toEqual([
      { business_date: '2026-11-21', trigger: 'schedule', status: 'success' },
      { business_date: '2026-11-22', trigger: 'catch_up', status: 'success' },
      { business_date: '2026-11-23', trigger: 'catch_up', status: 'success' },
      { business_date: '2026-11-24', trigger: 'catch_up', status: 'success' },
    ]);
    expect(exportsMade()).toEqual([
      { kind: 'full', business_date: '2026-11-21', rows: 1 },
      { kind: 'daily', business_date: '2026-11-22', rows: 1 },
      { kind: 'daily', business_date: '2026-11-23', rows: 1 },
      { kind: 'daily', business_date: '2026-11-24', rows: 1 },
    ]);
    const order = sim.receivables().batches.map((b) => b.somaCentavos);
    expect(order).toEqual([1_000, 2_100, 2_200, 2_300]);
  });
});
