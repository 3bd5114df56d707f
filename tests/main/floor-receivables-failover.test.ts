/**
 * The 01:00 receivables send once per floor, with two consoles (two data folders) on one real
 * PostgreSQL and one bureau simulator: the holder dies mid-send (its connections gone, one
 * batch acknowledged by the bureau but not yet checkpointed), the other takes over when the
 * lease expires, resumes from the central checkpoints, and the bureau ends up holding exactly
 * the consoles' receivables — every key once, none missing, nothing sent twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BureauClient } from '../../electron/main/gateways/bureau/bureau-client';
import { setMachineName } from '../../electron/main/db/repos/sync-host.repo';
import { RECEIVABLES_JOB } from '../../electron/main/jobs/receivables.job';
import { bureauClientFromSettings } from '../../electron/main/services/credit/bureau-connection';
import { hashKeys } from '../../electron/main/services/receivables/receivables-payload';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';
import { startBureauSimulator, type BureauSimulatorHandle } from '../../tools/simulators/bureau/server';
import {
  bulkTitles,
  clientCodes,
  pointAtSimulator,
  simulatorTotals,
  tuneReceivables,
  waitForRuns,
  writeTitles,
} from './receivables-fixture';
import { FAST_LEASES, floorJoin } from './support/floor-jobs';
import { createTestCore, type TestCore } from './support/test-core';

let server: TestPostgres;
let sim: BureauSimulatorHandle;
const cores: TestCore[] = [];

beforeAll(async () => {
  server = await startEmbeddedPostgres();
}, 60_000);
afterAll(async () => {
  for (const t of cores) t.close();
  await sim?.stop();
  await server?.stop();
});

const RETRY = { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 };
const BATCH = 25;

async function seat(
  database: Awaited<ReturnType<TestPostgres['createDatabase']>>,
  name: string,
  leases = FAST_LEASES,
) {
  const t = await createTestCore({
    clients: 20,
    options: { floor: floorJoin(database), tuning: { jobLeases: leases } },
  });
  cores.push(t);
  setMachineName(t.core.db, name);
  await pointAtSimulator(t.core, sim);
  tuneReceivables(t.core, { batchSize: BATCH, retry: RETRY });
  // The same ERP data on both seats (their caches of the one ERP).
  writeTitles(t.core.db, bulkTitles(clientCodes(t.core.db, 20), 120, '2026-11-20'));
  return t;
}

const central = async (db: string) => ({
  batches: await server.sql<{ batch_no: number; sent_by_name: string }>(
    db,
    'SELECT batch_no, sent_by_name FROM floor_receivables_batches ORDER BY export_id, batch_no',
  ),
  state: await server.sql<{ chave: string; amount_cents: number }>(
    db,
    'SELECT chave, amount_cents::int AS amount_cents FROM floor_receivables_state ORDER BY chave',
  ),
  outbox: await server.sql<{ chave: string; amount_cents: number }>(
    db,
    'SELECT chave, amount_cents::int AS amount_cents FROM floor_receivables_outbox ORDER BY chave',
  ),
  exports: await server.sql<{ rows: number; status: string; created_by_name: string }>(
    db,
    'SELECT rows, status, created_by_name FROM floor_receivables_exports ORDER BY id',
  ),
});

describe('receivables once per floor, with failover', () => {
  it('the holder dies mid-send: the other seat resumes after the lease expires and the bureau holds exactly the local state', async () => {
    sim = await startBureauSimulator();
    const database = await server.createDatabase();
    const a = await seat(database, 'CAIXA-01');
    const b = await seat(database, 'CAIXA-02');

    // A's 4th POST reaches the bureau, which stores it; then A's machine goes off before the
    // checkpoint: its connections to the central database are gone and it never answers again.
    let posts = 0;
    let died!: () => void;
    const dead = new Promise<void>((r) => (died = r));
    tuneReceivables(a.core, {
      batchSize: BATCH,
      retry: RETRY,
      client: async (core) => {
        const real = await bureauClientFromSettings(core);
        return {
          ...real,
          postReceivables: async (batch) => {
            posts += 1;
            const answer = await real.postReceivables(batch);
            if (posts < 4) return answer;
            await core.floor.close();
            died();
            return new Promise<never>(() => undefined);
          },
        } satisfies BureauClient;
      },
    });

    const adminA = await a.loginAs('admin');
    const adminB = await b.loginAs('admin');
    expect(await a.call(adminA, 'receivables.runNow', {})).toMatchObject({ ok: true });
    await dead;
    expect(sim.receivables().batches).toHaveLength(4);
    // B was off during the night; it starts, its own run finds the lease held and stands by.
    const diedAt = Date.now();
    expect(await b.call(adminB, 'receivables.runNow', {})).toMatchObject({ ok: true });
    await waitForRuns(b.core.db, RECEIVABLES_JOB, 1, 30_000);
    expect(Date.now() - diedAt).toBeGreaterThanOrEqual(FAST_LEASES.leaseMs - FAST_LEASES.renewEveryMs);

    const run = b.core.db
      .prepare('SELECT status, outcome FROM job_runs WHERE job = ? ORDER BY id DESC')
      .get(RECEIVABLES_JOB) as { status: string; outcome: string };
    expect(run.status).toBe('success');
    expect(run.outcome).toContain('Enviado por este computador ("CAIXA-02")');
    // The run log says B took over: whose send it finished, and how much of it was already done.
    expect(run.outcome).toContain('Retomou o envio iniciado por "CAIXA-01" (3 lote(s) já confirmados).');
    // Configurações → Bureau de crédito on B shows the export B finished, every row confirmed.
    const statusB = await b.call(adminB, 'receivables.status', {});
    expect(statusB).toMatchObject({
      ok: true,
      value: { floorMode: true, sendsHere: true, runs: [{ status: 'success', confirmedRows: 200 }] },
    });

    const c = await central(database.database);
    // One export (A's full load); B's own full load found everything already at the bureau.
    expect(c.exports.filter((e) => e.rows > 0)).toEqual([
      { rows: 200, status: 'done', created_by_name: 'CAIXA-01' },
    ]);
    const byA = c.batches.filter((x) => x.sent_by_name === 'CAIXA-01').map((x) => x.batch_no);
    const byB = c.batches.filter((x) => x.sent_by_name === 'CAIXA-02').map((x) => x.batch_no);
    expect(byA).toEqual([0, 1, 2]);
    expect(byB).toEqual([3, 4, 5, 6, 7]);

    // Exactly the local state: every key once, same amounts; no batch twice, nothing missing.
    const bureau = sim.receivables();
    expect(bureau.batches.map((x) => x.loteId)).toHaveLength(
      new Set(bureau.batches.map((x) => x.loteId)).size,
    );
    expect(bureau.batches.reduce((s, x) => s + x.recebidos, 0)).toBe(200);
    expect(simulatorTotals(sim)).toEqual({
      total: c.state.length,
      amountCents: c.state.reduce((s, r) => s + r.amount_cents, 0),
      keysHash: hashKeys(c.state.map((r) => r.chave)),
    });
    // ...and that is what the consoles' snapshot found due, key by key.
    const atBureau = [...bureau.records.entries()]
      .map(([chave, r]) => ({ chave, amount_cents: r.valorCentavos }))
      .sort((x, y) => (x.chave < y.chave ? -1 : 1));
    expect(atBureau).toEqual(c.outbox);
  }, 90_000);

  it('the holder is closed mid-send: it frees the lease and the other seat continues at once from its checkpoint', async () => {
    await sim.stop();
    sim = await startBureauSimulator();
    const database = await server.createDatabase();
    // A lease far longer than the test: only the release lets B in.
    const slow = { ...FAST_LEASES, leaseMs: 60_000 };
    const a = await seat(database, 'CAIXA-01', slow);
    const b = await seat(database, 'CAIXA-02', slow);
    let posts = 0;
    tuneReceivables(a.core, {
      batchSize: BATCH,
      retry: RETRY,
      client: async (core) => {
        const real = await bureauClientFromSettings(core);
        return {
          ...real,
          postReceivables: async (batch) => {
            posts += 1;
            const answer = await real.postReceivables(batch);
            // The user closes the app while the third batch is being answered.
            if (posts === 3) void core.scheduler.stop();
            return answer;
          },
        } satisfies BureauClient;
      },
    });
    const adminA = await a.loginAs('admin');
    const adminB = await b.loginAs('admin');
    expect(await a.call(adminA, 'receivables.runNow', {})).toMatchObject({ ok: true });
    await waitForRuns(a.core.db, RECEIVABLES_JOB, 1, 30_000);
    const runA = a.core.db.prepare('SELECT status FROM job_runs WHERE job = ?').get(RECEIVABLES_JOB);
    expect(runA).toEqual({ status: 'interrupted' });

    const t0 = Date.now();
    expect(await b.call(adminB, 'receivables.runNow', {})).toMatchObject({ ok: true });
    await waitForRuns(b.core.db, RECEIVABLES_JOB, 1, 30_000);
    expect(Date.now() - t0).toBeLessThan(slow.leaseMs / 2);
    const c = await central(database.database);
    // The third batch was answered as A stopped, before its checkpoint: B sends it again with the
    // same loteId, which the bureau recognises (eight lotes in all, none twice).
    expect(c.batches.filter((x) => x.sent_by_name === 'CAIXA-01').map((x) => x.batch_no)).toEqual([0, 1]);
    expect(c.batches.filter((x) => x.sent_by_name === 'CAIXA-02').map((x) => x.batch_no)).toEqual([
      2, 3, 4, 5, 6, 7,
    ]);
    const bureau = sim.receivables();
    expect(bureau.batches).toHaveLength(8);
    expect(bureau.batches.reduce((s, x) => s + x.recebidos, 0)).toBe(200);
    expect(bureau.records.size).toBe(c.outbox.length);
  }, 90_000);
});
