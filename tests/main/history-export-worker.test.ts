/**
 * Histórico → Download on a job worker: exceljs runs off the main thread, and a worker that
 * dies mid-file is a failed export with a pt-BR reason and no partial file left behind.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { exportsDir } from '../../electron/main/services/integration/history/export-destination';
import { settleHistoryExports } from '../../electron/main/services/integration/history/history-export.service';
import type { HistoryExportProgress } from '../../shared/ipc/dto/integration';
import type { JobProgress } from '../../shared/ipc/dto/jobs';
import { exportWorkbook, insertErpRequest } from './integration-fixture';
import { createTestCore, type TestCore } from './support/test-core';

const NOW = new Date('2026-03-12T18:00:00.000Z');
const REQUEST = { from: '2026-03-10', to: '2026-03-12', tables: ['empresa' as const] };
const cores: TestCore[] = [];
afterEach(async () => {
  for (const t of cores.splice(0)) {
    await settleHistoryExports(t.core);
    t.close();
  }
});

async function consoleWithRequests(n: number): Promise<{ t: TestCore; admin: string }> {
  const t = await createTestCore({ clients: 20, now: () => NOW });
  cores.push(t);
  t.core.db.transaction(() => {
    for (let i = 0; i < n; i++)
      insertErpRequest(t.core.db, {
        runId: null,
        table: 'empresa',
        at: new Date(Date.parse('2026-03-11T03:00:00.000Z') + i * 1000).toISOString(),
        rows: i,
      });
  })();
  return { t, admin: await t.loginAs('admin') };
}

const jobEvents = (t: TestCore): JobProgress[] => {
  const events: JobProgress[] = [];
  t.core.events.subscribe((name, payload) => {
    if (name === 'job.progress') events.push(payload as JobProgress);
  });
  return events;
};

/** Starts Histórico → Download and returns once the worker has written rows (its progress so far). */
async function exportUnderWay(t: TestCore, admin: string): Promise<HistoryExportProgress[]> {
  const progress: HistoryExportProgress[] = [];
  t.core.events.subscribe((name, payload) => {
    if (name === 'integration.export.progress') progress.push(payload as HistoryExportProgress);
  });
  const started = await t.call(admin, 'integration.history.export', REQUEST);
  if (!started.ok || !started.value.started) throw new Error('not started');
  await expect.poll(() => progress.some((e) => e.written > 0), { timeout: 10_000 }).toBe(true);
  return progress;
}

describe('history export on a worker thread', () => {
  it('the workbook is written by the worker and downloads as before', async () => {
    const { t, admin } = await consoleWithRequests(2_000);
    const events = jobEvents(t);
    const file = await exportWorkbook(t, admin, REQUEST);
    expect(file.subarray(0, 2).toString()).toBe('PK');
    expect(events.some((e) => e.task === 'history-export' && e.state === 'running')).toBe(true);
    expect(events.at(-1)).toMatchObject({ task: 'history-export', state: 'done' });
  });

  it('a worker killed mid-file fails the export with a pt-BR reason and leaves no partial file', async () => {
    const { t, admin } = await consoleWithRequests(40_000);
    const progress = await exportUnderWay(t, admin);
    const [running] = [...t.core.state.jobWorkers];
    await running?.worker.terminate();
    await settleHistoryExports(t.core);
    expect(progress.at(-1)).toMatchObject({
      state: 'failed',
      message: expect.stringMatching(
        /^A tarefa "Exportação do histórico de integração" parou inesperadamente \(código \d+\)\. Nada foi salvo/,
      ),
    });
    expect(fs.readdirSync(exportsDir(t.dataDir))).toEqual([]);
  });

  it.skipIf(process.platform !== 'linux')(
    'the export thread runs below normal priority while the thread that answers the UI keeps its own',
    async () => {
      const { t, admin } = await consoleWithRequests(40_000);
      await exportUnderWay(t, admin);
      const nice = threadNiceValues();
      expect(nice.get(process.pid)).toBe(0);
      expect([...nice.values()].filter((n) => n === 10)).toHaveLength(1);
    },
  );
});

/** Nice value of each thread of this process (field 19 of /proc/self/task/<tid>/stat). */
function threadNiceValues(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of fs.readdirSync('/proc/self/task')) {
    const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(Number(tid), Number(fields[16]));
  }
  return out;
}
