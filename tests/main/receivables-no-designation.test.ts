/**
 * The 01:00 defect (issue 18 item 5): with the clock at 00:59:30 São Paulo and no desktop
 * designated, the job fired on time and recorded SUCCESS with "Não enviado: … nenhum
 * computador foi designado" — the bureau never got the receivables and nobody was told.
 * In embedded mode the one desktop sends with no designation at all; a run that sends nothing
 * is a failed run and raises the "tempo máximo sem sucesso" alert.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DailyTrigger } from '../../electron/main/jobs/daily-trigger';
import { RECEIVABLES_JOB, receivablesJob } from '../../electron/main/jobs/receivables.job';
import { createScheduler, type Scheduler } from '../../electron/main/jobs/scheduler';
import { startBureauSimulator, type BureauSimulatorHandle } from '../../tools/simulators/bureau/server';
import { clientCodes, pointAtSimulator, title, waitForRuns, writeTitles } from './receivables-fixture';
import { createTestCore, type TestCore } from './support/test-core';

let sim: BureauSimulatorHandle;
let t: TestCore;
let clock: Date;
let armed: { hhmm: string; fire: () => void }[];
let scheduler: Scheduler;

const fakeTrigger: DailyTrigger = (hhmm, fire) => {
  const entry = { hhmm, fire };
  armed.push(entry);
  return () => void armed.splice(armed.indexOf(entry), 1);
};
const runs = () =>
  t.core.db
    .prepare('SELECT status, outcome FROM job_runs WHERE job = ? ORDER BY id')
    .all(RECEIVABLES_JOB) as { status: string; outcome: string }[];

beforeEach(async () => {
  sim = await startBureauSimulator();
  // 00:59:30 in São Paulo (UTC-3).
  clock = new Date('2026-11-21T03:59:30Z');
  t = await createTestCore({ clients: 20, now: () => clock });
  armed = [];
  await pointAtSimulator(t.core, sim);
  writeTitles(t.core.db, [
    title({
      key: 'N-1/1',
      erpCode: clientCodes(t.core.db, 1)[0] as string,
      issueDate: '2026-11-10',
      amountCents: 4_200,
    }),
  ]);
  scheduler = createScheduler({ db: t.core.db, now: () => clock, trigger: fakeTrigger });
  scheduler.register(receivablesJob(t.core));
  scheduler.start();
});
afterEach(async () => {
  await scheduler.stop();
  t.close();
  await sim.stop();
});

describe('the 01:00 receivables job with no desktop designated (embedded mode)', () => {
  it('fires at 01:00 and the one desktop sends: the bureau holds the title', async () => {
    expect(armed.map((a) => a.hhmm)).toEqual(['01:00']);
    clock = new Date('2026-11-21T04:00:00Z');
    armed[0]?.fire();
    await waitForRuns(t.core.db, RECEIVABLES_JOB, 1);
    expect(runs()).toEqual([{ status: 'success', outcome: expect.not.stringMatching(/Não enviado/) }]);
    expect(sim.receivables().records.get('N-1/1#entry')?.valorCentavos).toBe(4_200);
  });

  it('a night that sends nothing is a failed run, and past the limit the alert shows', async () => {
    await sim.stop(); // the bureau is unreachable tonight
    clock = new Date('2026-11-21T04:00:00Z');
    armed[0]?.fire();
    await waitForRuns(t.core.db, RECEIVABLES_JOB, 1);
    expect(runs()[0]?.status).toBe('failed');
    clock = new Date('2026-11-22T05:00:00Z'); // more than 24 h after the job was scheduled
    const admin = await t.loginAs('admin');
    const status = await t.call(admin, 'receivables.status', {});
    expect(status).toMatchObject({
      ok: true,
      value: { alert: expect.stringContaining('nenhum envio com sucesso') },
    });
    expect(await t.call(admin, 'receivables.alert', {})).toMatchObject({
      ok: true,
      value: { alert: expect.stringContaining('limite: 24 h') },
    });
    sim = await startBureauSimulator();
  });
});
