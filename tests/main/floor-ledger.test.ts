/**
 * Floor mode, bureau ledger: two seats on one real PostgreSQL and one bureau simulator. The
 * simulator's billed-request count is what the company pays.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';
import { saveBudget } from '../../electron/main/services/panel/bureau-budget';
import { newKey } from './bureau-fixture';
import { until } from './support/until';
import { ledgerFloor, type LedgerFloor, type LedgerSeat } from './support/floor-ledger';

let server: TestPostgres;
let f: LedgerFloor;

beforeAll(async () => {
  server = await startEmbeddedPostgres();
}, 60_000);
afterAll(async () => server?.stop());
beforeEach(async () => {
  f = await ledgerFloor(server);
}, 60_000);
afterEach(async () => f?.close());

const run = (seat: LedgerSeat, key = newKey(), productId = 'B2C3D4E5') =>
  seat.t.call(seat.agent, 'bureau.query.run', { clientId: f.pj.id, productId, idempotencyKey: key });

const centralRows = () =>
  server.sql<{ status: string; raw_result: string | null; held_by: string | null }>(
    f.database,
    'SELECT status, raw_result, held_by FROM bureau_queries WHERE document = $1 ORDER BY id',
    [f.pj.document],
  );

const historyOf = async (seat: LedgerSeat) => {
  const r = await seat.t.call(seat.agent, 'clientHistory.list', { clientId: f.pj.id, limit: 50 });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.rows;
};
/** The seat's agent as the Histórico names them (support/floor-ledger: ana on A, admin on B). */
const agentName = (seat: LedgerSeat) =>
  seat.t.core.db
    .prepare('SELECT name FROM users WHERE login = ?')
    .pluck()
    .get(seat === f.seats[0] ? 'ana' : 'admin') as string;

describe('one bill across the floor', () => {
  it('two agents on two seats click Deps on the same client at once: the bureau bills once', async () => {
    f.sim.setFault({ kind: 'latency', ms: 600 });
    const billed = f.sim.billedQueries();
    const [a, b] = await Promise.all([run(f.seats[0]), run(f.seats[1])]);
    expect(f.sim.billedQueries()).toBe(billed + 1);
    const outcomes = [a, b].map((r) => (r.ok ? r.value.status : r.error.code)).sort();
    expect(outcomes).toEqual(['CONFLICT', 'succeeded']);
    const refused = [a, b].find((r) => !r.ok);
    expect(refused).toMatchObject({ error: { message: expect.stringContaining('em andamento') } });
    // The floor's ledger holds the one paid query with the bureau's whole answer.
    const rows = await centralRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'succeeded', held_by: null });
    expect(JSON.parse(rows[0]?.raw_result ?? 'null')).toHaveProperty('mix');
  });

  it('the Histórico of the paid query shows on both seats, once each; the refused click stays on its seat', async () => {
    f.sim.setFault({ kind: 'latency', ms: 600 });
    const [a, b] = await Promise.all([run(f.seats[0]), run(f.seats[1])]);
    const [paid, refused] = a.ok ? [f.seats[0], f.seats[1]] : [f.seats[1], f.seats[0]];
    expect([a, b].filter((r) => r.ok)).toHaveLength(1);
    const actions = async (seat: LedgerSeat) =>
      (await historyOf(seat)).map((e) => `${e.action} · ${e.userName ?? ''}`).sort();
    const byPayer = (list: string[]) => list.filter((x) => x.includes('Deps') && x.endsWith(agentName(paid)));
    await until('o Histórico da consulta na outra estação', async () =>
      byPayer(await actions(refused)).some((x) => x.startsWith('Consulta Deps realizada')),
    );
    // Each seat shows the paid query's entries once: requested (billed), done (and, with this demo
    // answer, the holder mismatch), the same list on both.
    const paidList = byPayer(await actions(paid)).map((x) => x.split(' · ')[0]);
    expect(paidList.filter((x) => x === 'Consulta Deps realizada')).toHaveLength(1);
    expect(paidList.filter((x) => x === 'Consulta Deps solicitada (cobrada)')).toHaveLength(1);
    expect(byPayer(await actions(refused)).map((x) => x.split(' · ')[0])).toEqual(paidList);
    // The refused click sent nothing: its request is on its own seat only.
    const refusedName = agentName(refused);
    const own = (list: string[]) => list.filter((x) => x.includes('Deps') && x.endsWith(refusedName));
    expect(own(await actions(refused))).toEqual([`Consulta Deps solicitada (cobrada) · ${refusedName}`]);
    expect(own(await actions(paid))).toEqual([]);
  });

  it('"Verificar no bureau" of an unanswered query on A shows in B\'s Histórico with the query', async () => {
    const [a, b] = f.seats;
    f.sim.setFault({ kind: 'status', status: 502, times: 1 });
    const r = await run(a);
    expect(r).toMatchObject({ ok: true, value: { status: 'unknown' } });
    const id = r.ok && r.value.status === 'unknown' ? (r.value.row.id as number) : 0;
    expect((await a.t.call(a.agent, 'bureau.query.check', { id })).ok).toBe(true);
    const onB = async () =>
      (await historyOf(b)).filter((e) => e.userName === agentName(a)).map((e) => e.action);
    await until('a verificação de A no Histórico de B', async () =>
      (await onB()).some((x) => x.startsWith('Consulta Deps verificada')),
    );
    expect(await onB()).toContain('Consulta Deps sem resposta (situação desconhecida)');
    // And once on A.
    const onA = (await historyOf(a))
      .map((e) => e.action)
      .filter((x) => x.startsWith('Consulta Deps verificada'));
    expect(onA).toHaveLength(1);
  });

  it('once the first answer is in, the other seat may query again (a new intent, a new bill)', async () => {
    const billed = f.sim.billedQueries();
    expect(await run(f.seats[0])).toMatchObject({ ok: true, value: { status: 'succeeded' } });
    expect(await run(f.seats[1])).toMatchObject({ ok: true, value: { status: 'succeeded' } });
    expect(f.sim.billedQueries()).toBe(billed + 2);
  });

  it('a query in flight on a live seat blocks the other seat; nothing goes out', async () => {
    await server.sql(
      f.database,
      `INSERT INTO bureau_queries (idempotency_key, client_id, document, person_type, product_id, product_name,
         user_name, status, requested_at, held_by, lease_until)
       VALUES ('chave-outra-mesa', 1, $1, 'J', 'B2C3D4E5', 'Deps Mix PJ', 'Bia', 'pending', $2, 'mesa-7',
         now() + interval '1 minute')`,
      [f.pj.document, new Date().toISOString()],
    );
    const billed = f.sim.billedQueries();
    const r = await run(f.seats[1]);
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(f.sim.billedQueries()).toBe(billed);
  });

  it('a seat that crashed mid-call does not block the client forever and its intent is never paid again', async () => {
    await server.sql(
      f.database,
      `INSERT INTO bureau_queries (idempotency_key, client_id, document, person_type, product_id, product_name,
         user_name, status, requested_at, held_by, lease_until)
       VALUES ('chave-mesa-que-caiu', 1, $1, 'J', 'B2C3D4E5', 'Deps Mix PJ', 'Bia', 'pending', $2, 'mesa-7',
         now() - interval '1 second')`,
      [f.pj.document, new Date().toISOString()],
    );
    const billed = f.sim.billedQueries();
    expect(await run(f.seats[1])).toMatchObject({ ok: true, value: { status: 'succeeded' } });
    expect(f.sim.billedQueries()).toBe(billed + 1);
    const rows = await centralRows();
    // The dead seat's intent: maybe billed, so kept as unknown (never retried), not pending forever.
    expect(rows.map((r) => r.status)).toEqual(['unknown', 'succeeded']);
  });

  it('the 90-day prompt on the other seat sees the query with its full stored result', async () => {
    const done = await run(f.seats[0]);
    expect(done).toMatchObject({ ok: true, value: { status: 'succeeded' } });
    const b = f.seats[1];
    const recent = await b.t.call(b.agent, 'bureau.query.recent', { clientId: f.pj.id });
    expect(recent).toMatchObject({ ok: true, value: { row: { status: 'succeeded', hasResult: true } } });
    const id = recent.ok ? recent.value.row?.id : null;
    expect(id).toEqual(expect.any(Number));
    const detail = await b.t.call(b.agent, 'bureau.query.get', { id: id as number });
    expect(detail).toMatchObject({ ok: true, value: { decision: expect.any(Object) } });
    const listed = await b.t.call(b.agent, 'bureau.query.list', { clientId: f.pj.id });
    expect(listed.ok && listed.value.rows).toHaveLength(1);
  });

  it('a blocking monthly budget counts the whole floor: the other seat cannot pass the limit', async () => {
    for (const s of f.seats)
      saveBudget(s.t.core.db, {
        monthlyBudgetCents: 1_000,
        blockAtLimit: true,
        pricesCents: { B2C3D4E5: 1_000 },
      });
    const billed = f.sim.billedQueries();
    expect(await run(f.seats[0])).toMatchObject({ ok: true, value: { status: 'succeeded' } });
    const second = await run(f.seats[1]);
    expect(second).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('orçamento mensal') },
    });
    expect(f.sim.billedQueries()).toBe(billed + 1);
    expect((await centralRows()).map((r) => r.status)).toEqual(['succeeded']);
  });
});
