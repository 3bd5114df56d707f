/**
 * The ERP sync on its worker thread: it really runs there, the worker killed at 10/50/90% of a
 * run leaves the database resumable (no gap, no duplicate), a cancel stops it at the next page,
 * and a dead worker is a failed run with a pt-BR reason in the run log.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isMainThread } from 'node:worker_threads';
import { getSyncCursor } from '../../electron/main/db/repos/erp-sync.repo';
import { createErpGateway } from '../../electron/main/gateways/erp/erp-client';
import { erpSyncRunsInWorker, runErpSyncJob } from '../../electron/main/workers/erp-sync-worker';
import type { JobProgress } from '../../shared/ipc/dto/jobs';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { createTestCore, type TestCore } from './support/test-core';

const PAGE = 100;
let sim: ErpSimulatorHandle;
let expectedTitles: number;
const cores: TestCore[] = [];

beforeAll(async () => {
  sim = await startErpSimulator({ clients: 200, titles: 3000 });
  const erp = createErpGateway({ baseUrl: sim.url, token: sim.token });
  expectedTitles = 0;
  for (let token: string | null = null, first = true; first || token; first = false) {
    const page: { records: unknown[]; nextPageToken: string | null } = await erp.readTable('fatura', {
      changedSince: null,
      pageToken: token,
      pageSize: 5000,
    });
    expectedTitles += page.records.length;
    token = page.nextPageToken;
  }
});
afterAll(async () => {
  for (const t of cores) t.close();
  await sim.stop();
});
afterEach(() => sim.clearFaults());

async function consoleWithErp(): Promise<{ t: TestCore; admin: string }> {
  const t = await createTestCore({
    clients: 20,
    options: { tuning: { erpClient: { retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } } } },
  });
  cores.push(t);
  const admin = await t.loginAs('admin');
  const saved = await t.call(admin, 'erp.settings.save', {
    baseUrl: sim.url,
    token: sim.token,
    syncTime: '00:00',
  });
  if (!saved.ok) throw new Error(saved.error.message);
  return { t, admin };
}

const titles = (t: TestCore) =>
  t.core.db.prepare('SELECT count(*) AS n, count(DISTINCT erp_key) AS keys FROM receivables').get() as {
    n: number;
    keys: number;
  };

const theWorker = (t: TestCore) => {
  const [running] = [...t.core.state.jobWorkers];
  if (!running) throw new Error('nenhum worker em execução');
  return running.worker;
};

describe('ERP sync on a worker thread', () => {
  it('runs off the main thread and reports progress on the event bus', async () => {
    const { t } = await consoleWithErp();
    expect(erpSyncRunsInWorker(t.core)).toBe(true);
    const events: JobProgress[] = [];
    t.core.events.subscribe((event, payload) => {
      if (event === 'job.progress') events.push(payload as JobProgress);
    });
    let threadId = 0;
    const summary = await runErpSyncJob(t.core, {
      runId: null,
      tables: ['fatura'],
      pageSize: PAGE,
      onProgress: () => (threadId ||= theWorker(t).threadId),
    });
    expect(isMainThread).toBe(true);
    expect(threadId).toBeGreaterThan(0);
    expect(summary.rows).toBe(expectedTitles);
    expect(titles(t)).toEqual({ n: expectedTitles, keys: expectedTitles });
    const running = events.filter((e) => e.state === 'running');
    expect(running).toHaveLength(Math.ceil(expectedTitles / PAGE));
    expect(running.at(-1)?.progress).toMatchObject({ table: 'fatura', rows: expectedTitles });
    expect(events.at(-1)).toMatchObject({ task: 'erp-sync', state: 'done' });
    expect(t.core.state.jobWorkers.size).toBe(0);
  });

  for (const percent of [10, 50, 90]) {
    it(`the worker killed at ${percent}% resumes with no gap and no duplicate`, async () => {
      const { t } = await consoleWithErp();
      const pages = Math.ceil(expectedTitles / PAGE);
      const killAt = Math.max(1, Math.floor((pages * percent) / 100));
      const killed = runErpSyncJob(t.core, {
        runId: null,
        tables: ['fatura'],
        pageSize: PAGE,
        onProgress: (p) => {
          if (p.pages === killAt) void theWorker(t).terminate();
        },
      });
      await expect(killed).rejects.toMatchObject({
        code: 'INTERNAL',
        message: expect.stringContaining('parou inesperadamente'),
      });
      const cursor = getSyncCursor(t.core.db, 'fatura');
      expect(cursor?.page_token).toBeTruthy();
      const stored = cursor?.rows_total ?? 0;
      expect(stored).toBeGreaterThanOrEqual(killAt * PAGE);
      expect(stored).toBeLessThan(expectedTitles);

      const before = sim.requests().length;
      await runErpSyncJob(t.core, { runId: null, tables: ['fatura'], pageSize: PAGE });
      const resumed = sim
        .requests()
        .slice(before)
        .filter((r) => r.path === '/v1/tabelas/fatura');
      expect(resumed[0]?.query.pagina).toBe(cursor?.page_token);
      expect(resumed).toHaveLength(pages - stored / PAGE);
      expect(titles(t)).toEqual({ n: expectedTitles, keys: expectedTitles });
      expect(getSyncCursor(t.core.db, 'fatura')).toMatchObject({
        page_token: null,
        rows_total: expectedTitles,
      });
      // The main connection still writes: the killed worker left no lock behind.
      t.core.db.prepare("UPDATE receivables SET paid_cents = paid_cents WHERE erp_key = '0048390/1'").run();
    });
  }

  it('a worker that dies under the scheduler is a failed run with the pt-BR reason', async () => {
    const { t, admin } = await consoleWithErp();
    const unsubscribe = t.core.events.subscribe((event, payload) => {
      if (event === 'job.progress' && (payload as JobProgress).state === 'running') {
        unsubscribe();
        void theWorker(t).terminate();
      }
    });
    const started = await t.call(admin, 'erp.sync.runNow', {});
    if (!started.ok) throw new Error(started.error.message);
    for (
      let s = await t.call(admin, 'erp.sync.status', {});
      ;
      s = await t.call(admin, 'erp.sync.status', {})
    ) {
      if (s.ok && s.value.runningRunId === null) {
        expect(s.value.runs[0]).toMatchObject({
          status: 'failed',
          outcome: expect.stringMatching(/^A tarefa "Sincronização com o ERP" parou inesperadamente/),
        });
        break;
      }
      await new Promise((r) => setTimeout(r, 30));
    }
  });

  it('"Cancelar" reaches the worker, which stops at the next page; the next run finishes the table', async () => {
    const { t, admin } = await consoleWithErp();
    sim.setFault('tabelas', { kind: 'slow', ms: 40 });
    const events: JobProgress[] = [];
    t.core.events.subscribe((event, payload) => {
      if (event === 'job.progress') events.push(payload as JobProgress);
    });
    const started = await t.call(admin, 'erp.sync.runNow', {});
    if (!started.ok) throw new Error(started.error.message);
    while (!events.some((e) => e.state === 'running')) await new Promise((r) => setTimeout(r, 10));
    const cancelled = await t.call(admin, 'erp.sync.cancel', {});
    expect(cancelled).toEqual({ ok: true, value: { cancelled: true } });
    const status = await t.call(admin, 'erp.sync.status', {});
    expect(status.ok && status.value.runs[0]).toMatchObject({ status: 'interrupted' });
    expect(events.at(-1)).toMatchObject({ state: 'cancelled', message: 'Sincronização interrompida.' });
    expect(t.core.state.jobWorkers.size).toBe(0);
    // Stopped early: not every table was read.
    const completed = t.core.db
      .prepare('SELECT count(*) FROM erp_sync_cursors WHERE last_completed_at IS NOT NULL')
      .pluck()
      .get() as number;
    expect(completed).toBeLessThan(12);
    sim.clearFaults();
    const next = await runErpSyncJob(t.core, { runId: null });
    expect(next.tables).toHaveLength(12);
    expect(titles(t)).toEqual({ n: expectedTitles, keys: expectedTitles });
  });
});
