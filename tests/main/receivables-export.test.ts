import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertJobRun } from '../../electron/main/db/repos/job-runs.repo';
import { getBureauConfig, saveBureauConfig } from '../../electron/main/db/repos/bureau-settings.repo';
import type { BureauClient } from '../../electron/main/gateways/bureau/bureau-client';
import { runReceivablesExport } from '../../electron/main/services/receivables/receivables-export.service';
import { entryRowKey, movementRowKey } from '../../electron/main/services/receivables/receivables-payload';
import { AppFailure } from '../../shared/ipc/result';
import { startBureauSimulator, type BureauSimulatorHandle } from '../../tools/simulators/bureau/server';
import { bureauClientFromSettings } from '../../electron/main/services/credit/bureau-connection';
import {
  clientCodes,
  localTotals,
  pointAtSimulator,
  simulatorTotals,
  title,
  writeTitles,
  tuneReceivables,
} from './receivables-fixture';
import { createTestCore, type TestCore } from './support/test-core';

const TODAY = '2026-11-20';
let sim: BureauSimulatorHandle;
let t: TestCore;
let codes: string[];

beforeEach(async () => {
  sim = await startBureauSimulator();
  t = await createTestCore({ clients: 20, now: () => new Date(`${TODAY}T12:00:00Z`) });
  await pointAtSimulator(t.core, sim);
  codes = clientCodes(t.core.db, 5);
});
afterEach(async () => {
  t.close();
  await sim.stop();
});

async function exportFor(businessDate: string) {
  const runId = insertJobRun(t.core.db, {
    job: 'receivables',
    businessDate,
    trigger: 'manual',
    startedAt: `${businessDate}T04:00:00Z`,
  });
  return { runId, result: await runReceivablesExport(t.core, { runId, businessDate }) };
}

const batchesOf = (exportId: number) =>
  t.core.db.prepare('SELECT lote_id FROM receivables_batches WHERE export_id = ?').all(exportId);
const sentKeys = () => [...sim.receivables().records.keys()].filter((k) => k.startsWith('X'));

describe('full load', () => {
  it('sends everything open plus everything received in the last 365 days, entries before their payments', async () => {
    const c = codes[0] as string;
    writeTitles(t.core.db, [
      title({ key: 'X-OPEN/1', erpCode: c, issueDate: '2026-10-01', amountCents: 100_00 }),
      title({
        key: 'X-PARTIAL/2',
        erpCode: c,
        issueDate: '2026-09-01',
        amountCents: 300_00,
        movements: [
          { kind: 'entry', date: '2026-09-01', amountCents: 300_00 },
          { kind: 'payment', date: '2026-09-10', amountCents: 100_00 },
          { kind: 'payment', date: '2026-09-12', amountCents: 50_00 },
          { kind: 'payment_reversal', date: '2026-09-12', amountCents: 50_00 },
        ],
      }),
      title({
        key: 'X-PAIDRECENT/1',
        erpCode: c,
        issueDate: '2026-01-05',
        amountCents: 70_00,
        movements: [
          { kind: 'entry', date: '2026-01-05', amountCents: 70_00 },
          { kind: 'payment', date: '2026-02-01', amountCents: 70_00 },
        ],
      }),
      title({
        key: 'X-PAIDOLD/1',
        erpCode: c,
        issueDate: '2025-06-01',
        amountCents: 90_00,
        movements: [
          { kind: 'entry', date: '2025-06-01', amountCents: 90_00 },
          { kind: 'payment', date: '2025-06-30', amountCents: 90_00 },
        ],
      }),
      title({
        key: 'X-CANCELLED/1',
        erpCode: c,
        issueDate: '2026-10-01',
        amountCents: 10_00,
        cancelled: true,
      }),
    ]);
    const { result } = await exportFor(TODAY);
    expect(result.exports).toHaveLength(1);
    expect(result.exports[0]).toMatchObject({
      kind: 'full',
      status: 'done',
      rows: 7,
      confirmedRows: 7,
      rejectedRows: 0,
    });
    expect(sentKeys().sort()).toEqual(
      [
        entryRowKey('X-OPEN/1'),
        entryRowKey('X-PARTIAL/2'),
        movementRowKey('X-PARTIAL/2', 'payment', 1),
        movementRowKey('X-PARTIAL/2', 'payment', 2),
        movementRowKey('X-PARTIAL/2', 'payment_reversal', 3),
        entryRowKey('X-PAIDRECENT/1'),
        movementRowKey('X-PAIDRECENT/1', 'payment', 1),
      ].sort(),
    );
    const records = sim.receivables().records;
    expect(records.get('X-PARTIAL/2#payment_reversal#3')).toMatchObject({
      valorCentavos: 50_00,
      valorPagoCentavos: 100_00,
      dataPagamento: '2026-09-12',
      situacao: 'parcial',
      tipoMovimento: 'payment_reversal',
      parcela: 2,
      numeroTitulo: 'X-PARTIAL',
    });
    expect(records.get('X-PARTIAL/2#entry')).toMatchObject({
      valorCentavos: 300_00,
      valorPagoCentavos: 100_00,
      situacao: 'parcial',
    });
    expect(localTotals(t.core.db)).toEqual(simulatorTotals(sim));
    expect(batchesOf(result.exports[0]?.id as number)).toHaveLength(1);
  });

  it('the first delta has neither gap nor double count: only what arrived after the high-water mark', async () => {
    const c = codes[1] as string;
    writeTitles(t.core.db, [
      title({ key: 'X-A/1', erpCode: c, issueDate: '2026-11-01', amountCents: 500_00 }),
    ]);
    await exportFor(TODAY);
    const batchesBefore = sim.receivables().batches.length;
    // The next day the ERP sync brings a payment of yesterday and a back-dated new title.
    writeTitles(t.core.db, [
      title({
        key: 'X-A/1',
        erpCode: c,
        issueDate: '2026-11-01',
        amountCents: 500_00,
        movements: [
          { kind: 'entry', date: '2026-11-01', amountCents: 500_00 },
          { kind: 'payment', date: '2026-11-20', amountCents: 200_00 },
        ],
      }),
      title({ key: 'X-B/1', erpCode: c, issueDate: '2026-11-02', amountCents: 80_00 }),
      title({ key: 'X-TODAY/1', erpCode: c, issueDate: '2026-11-21', amountCents: 30_00 }),
    ]);
    const { result } = await exportFor('2026-11-21');
    expect(result.exports.map((e) => [e.kind, e.rows, e.confirmedRows])).toEqual([['daily', 3, 3]]);
    const delta = sim.receivables().batches.slice(batchesBefore);
    expect(delta).toHaveLength(1);
    expect(sim.receivables().records.get('X-A/1#payment#1')).toMatchObject({
      valorPagoCentavos: 200_00,
      situacao: 'parcial',
    });
    // Dated today: goes with tomorrow's run, once.
    expect(sim.receivables().records.has('X-TODAY/1#entry')).toBe(false);
    const next = await exportFor('2026-11-22');
    expect(next.result.exports.map((e) => [e.kind, e.rows])).toEqual([['daily', 1]]);
    const again = await exportFor('2026-11-22');
    expect(again.result.exports).toEqual([]);
    expect(localTotals(t.core.db)).toEqual(simulatorTotals(sim));
  });

  it('the daily claim reads the partial index of pending movements, not the whole ledger', () => {
    const plan = t.core.db
      .prepare(
        `EXPLAIN QUERY PLAN UPDATE receivable_movements SET export_id = 1
         WHERE export_id IS NULL AND seq > 0 AND date < '2026-11-20'`,
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/USING INDEX receivable_movements_pending/);
  });
});

describe('failures', () => {
  beforeEach(() => {
    const c = codes[2] as string;
    const titles = Array.from({ length: 25 }, (_, i) =>
      title({ key: `X-F${i}/1`, erpCode: c, issueDate: '2026-11-01', amountCents: 1_000 + i }),
    );
    writeTitles(t.core.db, titles);
    tuneReceivables(t.core, { batchSize: 10, retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 10 } });
  });

  it('5xx is retried with the same batch id and recorded, then the run succeeds', async () => {
    sim.setFault({ kind: 'status', status: 503, times: 2 });
    const { runId, result } = await exportFor(TODAY);
    expect(result.exports[0]).toMatchObject({ rows: 25, confirmedRows: 25 });
    const requests = t.core.db
      .prepare(
        'SELECT status, http_status, rows FROM bureau_receivables_requests WHERE run_id = ? ORDER BY id',
      )
      .all(runId);
    expect(requests).toEqual([
      { status: 'error', http_status: 503, rows: 10 },
      { status: 'error', http_status: 503, rows: 10 },
      { status: 'ok', http_status: 200, rows: 10 },
      { status: 'ok', http_status: 200, rows: 10 },
      { status: 'ok', http_status: 200, rows: 5 },
    ]);
  });

  it('a bureau that stays down pauses the run with the reason; the next run resumes from the checkpoint', async () => {
    let posts = 0;
    tuneReceivables(t.core, {
      batchSize: 10,
      retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 10 },
      client: async (core) => {
        const real = await bureauClientFromSettings(core);
        return {
          ...real,
          postReceivables: async (b) => {
            posts += 1;
            if (posts === 2) sim.setFault({ kind: 'status', status: 502 });
            return real.postReceivables(b);
          },
        } satisfies BureauClient;
      },
    });
    await expect(exportFor(TODAY)).rejects.toThrow(/após 3 tentativa\(s\).*próxima execução/);
    expect(sim.receivables().batches).toHaveLength(1);
    sim.setFault(null);
    const { result } = await exportFor(TODAY);
    expect(result.exports[0]).toMatchObject({ kind: 'full', rows: 25, confirmedRows: 25, status: 'done' });
    const lotes = sim.receivables().batches.map((b) => b.loteId);
    expect(new Set(lotes).size).toBe(3);
    expect(localTotals(t.core.db)).toEqual(simulatorTotals(sim));
  });

  it('an answer lost after the bureau stored the batch is sent again with the same id and keys: no duplicate', async () => {
    tuneReceivables(t.core, { batchSize: 10, retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 10 } });
    saveBureauConfig(t.core.db, { ...getBureauConfig(t.core.db), timeoutMs: 300 });
    let first = true;
    tuneReceivables(t.core, {
      batchSize: 10,
      retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 10 },
      client: async (core) => {
        const real = await bureauClientFromSettings(core);
        return {
          ...real,
          postReceivables: async (b) => {
            if (first) sim.setFault({ kind: 'timeoutAfterReceive', ms: 2_000 });
            const r = real.postReceivables(b);
            if (first) {
              first = false;
              void r.catch(() => sim.setFault(null));
            }
            return r;
          },
        } satisfies BureauClient;
      },
    });
    const { result } = await exportFor(TODAY);
    expect(result.exports[0]).toMatchObject({ rows: 25, confirmedRows: 25 });
    const posted = sim.requests().filter((r) => r.path === '/api/v3/contas-receber/lotes');
    const ids = posted.map((r) => (r.body as { loteId: string }).loteId);
    expect(ids[0]).toBe(ids[1]);
    expect(sim.receivables().batches).toHaveLength(3);
    expect(localTotals(t.core.db)).toEqual(simulatorTotals(sim));
  });

  it('an acknowledgement with other totals fails the run and does not count the batch as sent', async () => {
    tuneReceivables(t.core, {
      batchSize: 10,
      client: async (core) => {
        const real = await bureauClientFromSettings(core);
        return {
          ...real,
          postReceivables: async (b) => {
            const r = await real.postReceivables(b);
            return { ...r, body: { ...(r.body as object), somaCentavos: 1 } };
          },
        } satisfies BureauClient;
      },
    });
    await expect(exportFor(TODAY)).rejects.toMatchObject({ code: 'RECEIVABLES_TOTALS_MISMATCH' });
    expect(t.core.db.prepare('SELECT count(*) AS n FROM receivables_batches').get()).toEqual({ n: 0 });
  });

  it('rows the bureau refuses are set aside with its reason and the rest of the batch goes', async () => {
    t.core.db.prepare("UPDATE clients SET document = '11222333000182' WHERE erp_code = ?").run(codes[3]);
    writeTitles(t.core.db, [
      title({ key: 'X-BADDOC/1', erpCode: codes[3] as string, issueDate: '2026-11-01', amountCents: 9_99 }),
    ]);
    const { result } = await exportFor(TODAY);
    expect(result.exports[0]).toMatchObject({ rows: 26, confirmedRows: 25, rejectedRows: 1, status: 'done' });
    const kept = t.core.db.prepare('SELECT chave, rejected FROM receivables_outbox').all();
    expect(kept).toEqual([
      { chave: 'X-BADDOC/1#entry', rejected: expect.stringMatching(/documentoCliente inválido/) },
    ]);
  });

  it('is off for a bureau outside this machine while the schema is provisional', async () => {
    saveBureauConfig(t.core.db, { ...getBureauConfig(t.core.db), url: 'https://api-portal.deps.com.br' });
    const err = await exportFor(TODAY).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppFailure);
    expect(err).toMatchObject({
      code: 'RECEIVABLES_DISABLED',
      message: expect.stringMatching(/formato.*não foi confirmado/),
    });
    expect(sim.receivables().batches).toHaveLength(0);
  });
});
