/**
 * The receivables full load is copied into the outbox on the send's job worker. Killed while
 * copying, it leaves no export at all (one transaction), the run fails with a pt-BR reason, and
 * the next run sends every record exactly once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertJobRun } from '../../electron/main/db/repos/job-runs.repo';
import { runReceivablesExport } from '../../electron/main/services/receivables/receivables-export.service';
import type { JobProgress } from '../../shared/ipc/dto/jobs';
import { startBureauSimulator, type BureauSimulatorHandle } from '../../tools/simulators/bureau/server';
import {
  bulkTitles,
  clientCodes,
  localTotals,
  pointAtSimulator,
  simulatorTotals,
  writeTitles,
} from './receivables-fixture';
import { createTestCore, type TestCore } from './support/test-core';

const TODAY = '2026-11-20';
let sim: BureauSimulatorHandle;
let t: TestCore;

beforeEach(async () => {
  sim = await startBureauSimulator();
  t = await createTestCore({ clients: 50, now: () => new Date(`${TODAY}T12:00:00Z`) });
  await pointAtSimulator(t.core, sim);
  writeTitles(t.core.db, bulkTitles(clientCodes(t.core.db, 50), 12_000, TODAY));
});
afterEach(async () => {
  t.close();
  await sim.stop();
});

const exportRun = () => {
  const runId = insertJobRun(t.core.db, {
    job: 'receivables',
    businessDate: TODAY,
    trigger: 'manual',
    startedAt: `${TODAY}T04:00:00Z`,
  });
  return runReceivablesExport(t.core, { runId, businessDate: TODAY });
};
const exportsCount = () => t.core.db.prepare('SELECT count(*) FROM receivables_exports').pluck().get();

describe('receivables snapshot on a worker thread', () => {
  it('killed while copying: no export, nothing sent; the next run sends every record once', async () => {
    const started = exportRun();
    // Killed as soon as it exists: before its one transaction commits.
    while (t.core.state.jobWorkers.size === 0) await new Promise((r) => setImmediate(r));
    const [running] = [...t.core.state.jobWorkers];
    expect(running?.task).toBe('receivables-send');
    await running?.worker.terminate();
    await expect(started).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringMatching(/^A tarefa "Envio das contas a receber" parou inesperadamente/),
    });
    expect(exportsCount()).toBe(0);
    expect(sim.receivables().batches).toHaveLength(0);

    const events: JobProgress[] = [];
    t.core.events.subscribe((name, payload) => {
      if (name === 'job.progress') events.push(payload as JobProgress);
    });
    const done = await exportRun();
    expect(events.at(-1)).toMatchObject({ task: 'receivables-send', state: 'done' });
    expect(done.exports).toHaveLength(1);
    const local = localTotals(t.core.db);
    expect(simulatorTotals(sim)).toEqual(local);
    const lotes = sim.receivables().batches.map((b) => b.loteId);
    expect(new Set(lotes).size).toBe(lotes.length);
  }, 120_000);
});
