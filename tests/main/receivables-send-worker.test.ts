/**
 * The receivables send on its job worker: the snapshot, the batch reads and each batch's
 * acknowledgement (with its checkpoint) happen there, on the worker's own connection; only each
 * POST comes back to the main thread's bureau client. The worker killed at 10%, 50% and 90% of
 * the batches leaves a run that the next one finishes: the bureau ends with exactly the local
 * state, and only a batch in flight at the kill is sent again, with the same loteId and rows.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isMainThread } from 'node:worker_threads';
import { insertJobRun } from '../../electron/main/db/repos/job-runs.repo';
import { bureauClientFromSettings } from '../../electron/main/services/credit/bureau-connection';
import { runReceivablesExport } from '../../electron/main/services/receivables/receivables-export.service';
import type { JobProgress } from '../../shared/ipc/dto/jobs';
import { startBureauSimulator, type BureauSimulatorHandle } from '../../tools/simulators/bureau/server';
import {
  bulkTitles,
  clientCodes,
  localTotals,
  pointAtSimulator,
  simulatorTotals,
  tuneReceivables,
  writeTitles,
} from './receivables-fixture';
import { createTestCore, type TestCore } from './support/test-core';

const TODAY = '2026-11-20';
const BATCH = 500;
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

const exportRun = (onProgress?: () => void) => {
  const runId = insertJobRun(t.core.db, {
    job: 'receivables',
    businessDate: TODAY,
    trigger: 'manual',
    startedAt: `${TODAY}T04:00:00Z`,
  });
  return runReceivablesExport(t.core, { runId, businessDate: TODAY, onProgress });
};

const lotes = () =>
  sim
    .requests()
    .filter((r) => r.path === '/api/v3/contas-receber/lotes')
    .map((r) => r.body as { loteId: string; registros: { chave: string }[] });

const sendWorker = () => {
  const running = [...t.core.state.jobWorkers].find((w) => w.task === 'receivables-send');
  if (!running) throw new Error('nenhum envio em execução');
  return running.worker;
};

describe('receivables send on a worker thread', () => {
  it('acknowledges every batch off the main thread; only the POSTs pass through it', async () => {
    const posts: boolean[] = [];
    tuneReceivables(t.core, {
      batchSize: BATCH,
      retry: { attempts: 4, baseDelayMs: 5, maxDelayMs: 20 },
      client: async (c) => {
        const real = await bureauClientFromSettings(c);
        return {
          ...real,
          postReceivables: (batch) => (posts.push(isMainThread), real.postReceivables(batch)),
        };
      },
    });
    const events: JobProgress[] = [];
    t.core.events.subscribe((name, payload) => {
      if (name === 'job.progress') events.push(payload as JobProgress);
    });
    const done = await exportRun();
    expect(done.exports).toHaveLength(1);
    const sent = lotes();
    expect(posts).toHaveLength(sent.length);
    expect(posts.every(Boolean)).toBe(true);
    expect(events.filter((e) => e.task === 'receivables-send' && e.state === 'running')).toHaveLength(
      sent.length,
    );
    expect(events.at(-1)).toMatchObject({ task: 'receivables-send', state: 'done' });
    expect(simulatorTotals(sim)).toEqual(localTotals(t.core.db));
  }, 120_000);

  it("a failure of the main thread's bureau client ends the run as that very error", async () => {
    class Unplugged extends Error {}
    const thrown = new Unplugged('cabo de rede solto');
    let posts = 0;
    tuneReceivables(t.core, {
      batchSize: BATCH,
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
      client: async (c) => {
        const real = await bureauClientFromSettings(c);
        return {
          ...real,
          postReceivables: async (batch) => {
            posts += 1;
            if (posts === 2) throw thrown;
            return real.postReceivables(batch);
          },
        };
      },
    });
    await expect(exportRun()).rejects.toBe(thrown);
    expect(lotes()).toHaveLength(1);
  }, 120_000);

  for (const percent of [10, 50, 90]) {
    it(`killed at ${percent}% of the batches, the next run finishes: nothing lost, nothing doubled`, async () => {
      tuneReceivables(t.core, { batchSize: BATCH, retry: { attempts: 4, baseDelayMs: 5, maxDelayMs: 20 } });
      let acked = 0;
      let total = 0;
      const killed = exportRun(() => {
        acked += 1;
        total ||= t.core.db
          .prepare("SELECT coalesce(sum(rows), 0) FROM receivables_exports WHERE status = 'sending'")
          .pluck()
          .get() as number;
        if (acked === Math.max(1, Math.floor((Math.ceil(total / BATCH) * percent) / 100)))
          void sendWorker().terminate();
      });
      await expect(killed).rejects.toMatchObject({
        code: 'INTERNAL',
        message: expect.stringMatching(
          /^A tarefa "Envio das contas a receber" parou inesperadamente .*continua de onde parou/,
        ),
      });
      const before = lotes().length;
      expect(before).toBeGreaterThan(0);
      expect(before).toBeLessThan(Math.ceil(total / BATCH) + 1);

      const done = await exportRun();
      expect(done.exports[0]).toMatchObject({ status: 'done', sentRows: total, confirmedRows: total });
      expect(simulatorTotals(sim)).toEqual(localTotals(t.core.db));
      // A loteId sent twice is the batch in flight at the kill, with the very same rows.
      const byLote = new Map<string, string[][]>();
      for (const b of lotes())
        byLote.set(b.loteId, [...(byLote.get(b.loteId) ?? []), b.registros.map((r) => r.chave)]);
      const repeated = [...byLote.values()].filter((sends) => sends.length > 1);
      expect(repeated.length).toBeLessThanOrEqual(1);
      for (const sends of repeated) for (const s of sends) expect(s).toEqual(sends[0]);
      expect(byLote.size).toBe(Math.ceil(total / BATCH));
    }, 120_000);
  }
});
