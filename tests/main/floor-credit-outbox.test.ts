/**
 * Credit in floor mode (issue 18 item 1): two seats on one real PostgreSQL and one ERP
 * simulator. A credit change or an order release saved on seat A is in the central outbox at
 * once and on seat B's screens; the outbox reaches the ERP once, from one seat at a time (the
 * erp-outbox lease); a seat that dies mid-send leaves it to the other, which resends with the
 * same Idempotency-Key (the ERP applies it once); two analysts releasing one order on two seats
 * → one release, the other told who released it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { flushToErp } from '../../electron/main/services/credit/erp-sync';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { ok, syncOrders } from './credit-release-fixture';
import { closeErpFloorSeat, erpFloorSeat, type ErpFloorSeat } from './support/floor-erp-seat';
import { floorJoin } from './support/floor-jobs';
import { until } from './support/until';

let server: TestPostgres;
let erp: ErpSimulatorHandle;
const open: Seat[] = [];

beforeAll(async () => {
  server = await startEmbeddedPostgres();
  erp = await startErpSimulator({ clients: 30, titles: 100 });
}, 60_000);
afterAll(async () => {
  for (const s of open) await closeErpFloorSeat(s);
  await erp?.stop();
  await server?.stop();
});

type Seat = ErpFloorSeat;

async function seat(floor: ReturnType<typeof floorJoin>): Promise<Seat> {
  // The ERP data itself becomes floor-wide elsewhere (item 6); here each seat reads it.
  const s = await erpFloorSeat(floor, erp, (t) => syncOrders(t, erp));
  open.push(s);
  return s;
}

async function twoSeats(): Promise<{ a: Seat; b: Seat; pool: pg.Pool }> {
  const floor = floorJoin(await server.createDatabase());
  const a = await seat(floor);
  const b = await seat(floor);
  return { a, b, pool: a.t.core.floor.pool as pg.Pool };
}

const blockedOrders = (s: Seat) =>
  s.t.core.db
    .prepare(
      `SELECT o.id, o.erp_key, o.erp_version FROM credit_orders o
       WHERE o.credit_state = 'blocked' AND EXISTS (SELECT 1 FROM clients c WHERE c.erp_code = o.client_erp_code)
       ORDER BY o.id`,
    )
    .all() as { id: number; erp_key: string; erp_version: string }[];

describe('floor mode: credit changes and the ERP outbox', () => {
  it('a credit change on A is central at once, shows on B, and reaches the ERP once from one seat', async () => {
    const { a, b, pool } = await twoSeats();
    const client = a.t.core.db
      .prepare(
        'SELECT id, erp_code, credit_limit_cents FROM clients WHERE credit_limit_cents > 100000 ORDER BY id LIMIT 1',
      )
      .get() as { id: number; erp_code: string; credit_limit_cents: number };
    const newLimit = client.credit_limit_cents - 50_000;
    const before = erp.requests().length;

    ok(
      await a.t.call(a.admin, 'credit.update', {
        clientId: client.id,
        creditLimitCents: newLimit,
        creditStatus: 'EM_ANALISE',
        expectedCreditLimitCents: client.credit_limit_cents,
        bureauQueryId: null,
        confirmLargeIncrease: false,
      }),
    );
    // In the central outbox when the save answered.
    const central = await pool.query<{ idempotency_key: string; credit_limit_cents: number }>(
      'SELECT idempotency_key, credit_limit_cents FROM credit_outbox WHERE client_id = $1',
      [client.id],
    );
    expect(central.rows).toHaveLength(1);
    expect(Number(central.rows[0]?.credit_limit_cents)).toBe(newLimit);
    const key = central.rows[0]?.idempotency_key as string;

    // Seat B: its open client screen is told, and shows the console's value with the pending mark.
    await until('client.changed (credit) em B', () =>
      b.events.some(
        (e) =>
          e.event === 'client.changed' &&
          (e.payload as { clientId: number; parts: string[] }).clientId === client.id &&
          (e.payload as { parts: string[] }).parts.includes('credit'),
      ),
    );
    const onB = b.t.core.db
      .prepare('SELECT credit_limit_cents, credit_status FROM clients WHERE id = ?')
      .get(client.id) as { credit_limit_cents: number; credit_status: string };
    expect(onB).toEqual({ credit_limit_cents: newLimit, credit_status: 'EM_ANALISE' });
    expect(
      b.t.core.db.prepare('SELECT idempotency_key FROM credit_outbox WHERE client_id = ?').get(client.id),
    ).toEqual({ idempotency_key: key });

    // Both seats flush at once (A's save already started one): one ERP write.
    await Promise.all([flushToErp(a.t.core), flushToErp(b.t.core), flushToErp(a.t.core)]);
    await until('marcado como enviado no banco central', async () => {
      const r = await pool.query('SELECT 1 FROM credit_outbox WHERE client_id = $1 AND sent_at IS NOT NULL', [
        client.id,
      ]);
      return r.rowCount === 1;
    });
    const puts = erp
      .requests()
      .slice(before)
      .filter((r) => r.method === 'PUT' && r.path === `/v1/clientes/${client.erp_code}/credito`);
    expect(puts).toHaveLength(1);
    expect(puts[0]?.idempotencyKey).toBe(key);
    // B's cache follows the mark ("aguardando ERP" goes away there too).
    await until('B vê a confirmação', () =>
      b.t.core.db
        .prepare('SELECT sent_at FROM credit_outbox WHERE client_id = ? AND sent_at IS NOT NULL')
        .get(client.id),
    );
  }, 120_000);

  it('two analysts release the same blocked order on two seats at once: one release, the other told who', async () => {
    const { a, b, pool } = await twoSeats();
    const order = blockedOrders(a)[0] as { id: number; erp_key: string; erp_version: string };
    expect(blockedOrders(b).map((o) => o.erp_key)).toContain(order.erp_key);
    const decisionsBefore = erp.orderDecisions();

    const [ra, rb] = await Promise.all([
      a.t.call(a.admin, 'creditRelease.release', { orderId: order.id, expectedVersion: order.erp_version }),
      b.t.call(b.admin, 'creditRelease.release', { orderId: order.id, expectedVersion: order.erp_version }),
    ]);
    const results = [ra, rb];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    expect(loser).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!loser?.ok && loser?.error.message).toMatch(
      new RegExp(`O pedido ${order.erp_key} já foi liberado por .+ em `),
    );

    const rows = await pool.query('SELECT id FROM credit_order_decisions WHERE order_id = $1', [order.id]);
    expect(rows.rowCount).toBe(1);
    await Promise.all([flushToErp(a.t.core), flushToErp(b.t.core)]);
    await until('decisão confirmada no banco central', async () => {
      const r = await pool.query(
        "SELECT 1 FROM credit_order_decisions WHERE order_id = $1 AND state = 'confirmed'",
        [order.id],
      );
      return r.rowCount === 1;
    });
    expect(erp.orderDecisions()).toBe(decisionsBefore + 1);
    // Both seats' queues were told (creditRelease.changed) about the order.
    for (const s of [a, b])
      expect(
        s.events.some(
          (e) =>
            e.event === 'creditRelease.changed' &&
            ((e.payload as { orderIds: number[] | null }).orderIds ?? []).includes(order.id),
        ),
      ).toBe(true);
  }, 120_000);

  it('the seat sending a release dies mid-send: the other finishes, the ERP applies it once', async () => {
    const { a, b } = await twoSeats();
    const pool = b.t.core.floor.pool as pg.Pool;
    const order = blockedOrders(a)[1] as { id: number; erp_key: string; erp_version: string };
    const decisionsBefore = erp.orderDecisions();
    const path = `/v1/pedidos/${order.erp_key}/liberacao-credito`;
    // A's send is still in flight at the ERP when A goes away.
    erp.setFault('pedidos', { kind: 'slow', ms: 2_000, times: 1 });

    ok(
      await a.t.call(a.admin, 'creditRelease.release', {
        orderId: order.id,
        expectedVersion: order.erp_version,
      }),
    );
    await until('A enviou ao ERP', () => erp.requests().some((r) => r.method === 'POST' && r.path === path));
    // A is switched off: its lease is no longer renewed, its central connection is gone.
    await a.t.core.replicator.close();
    await a.t.core.floor.close();

    await flushToErp(b.t.core);
    const decision = await until('B confirmou a liberação', async () => {
      const r = await pool.query<{ state: string; idempotency_key: string }>(
        "SELECT state, idempotency_key FROM credit_order_decisions WHERE order_id = $1 AND state = 'confirmed'",
        [order.id],
      );
      return r.rows[0];
    });
    // A's own request also lands at the ERP (late): the same key, answered without a second effect.
    await until(
      'o envio atrasado de A terminou',
      () => erp.requests().filter((r) => r.path === path && r.status !== null).length === 2,
    );
    const posts = erp.requests().filter((r) => r.method === 'POST' && r.path === path);
    expect(posts.map((p) => p.idempotencyKey)).toEqual([decision.idempotency_key, decision.idempotency_key]);
    expect(erp.orderDecisions()).toBe(decisionsBefore + 1);
    expect(
      b.t.core.db.prepare('SELECT state FROM credit_order_decisions WHERE order_id = ?').all(order.id),
    ).toEqual([{ state: 'confirmed' }]);
    erp.clearFaults();
  }, 120_000);

  it('the products shown per client are shared: a product written centrally shows on both seats', async () => {
    const { a, b, pool } = await twoSeats();
    const clientId = (
      a.t.core.db.prepare('SELECT id FROM clients ORDER BY id LIMIT 1').get() as { id: number }
    ).id;
    await pool.query(
      `INSERT INTO client_exclusive_products (id, client_id, code, description, price_cents)
       VALUES (900001, $1, 'PX-900', 'Produto exclusivo do piso', 12345)`,
      [clientId],
    );
    for (const s of [a, b]) {
      await until('client.changed (products)', () =>
        s.events.some(
          (e) =>
            e.event === 'client.changed' &&
            (e.payload as { clientId: number }).clientId === clientId &&
            (e.payload as { parts: string[] }).parts.includes('products'),
        ),
      );
      const list = ok(await s.t.call(s.admin, 'clientProducts.list', { clientId }));
      expect(list.map((p) => [p.code, p.priceCents])).toContainEqual(['PX-900', 12345]);
    }
  }, 120_000);

  it('two seats change one client limit at once: one change, the other told it changed meanwhile', async () => {
    const { a, b, pool } = await twoSeats();
    const client = a.t.core.db
      .prepare(
        'SELECT id, credit_limit_cents FROM clients WHERE credit_limit_cents > 100000 ORDER BY id DESC LIMIT 1',
      )
      .get() as { id: number; credit_limit_cents: number };
    const change = (s: Seat, limit: number) =>
      s.t.call(s.admin, 'credit.update', {
        clientId: client.id,
        creditLimitCents: limit,
        creditStatus: 'EM_ANALISE',
        expectedCreditLimitCents: client.credit_limit_cents,
        bureauQueryId: null,
        confirmLargeIncrease: false,
      });
    const results = await Promise.all([
      change(a, client.credit_limit_cents - 1_000),
      change(b, client.credit_limit_cents - 2_000),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('foi alterado enquanto') as string },
    });
    const winner = results[0]?.ok ? client.credit_limit_cents - 1_000 : client.credit_limit_cents - 2_000;
    const central = await pool.query(
      'SELECT credit_limit_cents::int AS l FROM credit_outbox WHERE client_id = $1',
      [client.id],
    );
    expect(central.rows).toEqual([{ l: winner }]);
    for (const s of [a, b])
      await until('as duas cópias com o valor vencedor', () => {
        const r = s.t.core.db
          .prepare('SELECT credit_limit_cents AS l FROM clients WHERE id = ?')
          .get(client.id) as {
          l: number;
        };
        return r.l === winner;
      });
  }, 120_000);
});
