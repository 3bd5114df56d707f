/**
 * Floor mode, Painel → Consumo Deps: every seat's Painel counts the whole floor's ledger (two
 * seats on one real PostgreSQL and one bureau simulator), not the seat's own file.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';
import { monthOffset } from '../../electron/main/services/abc/abc-curve';
import { currentMonth } from '../../electron/main/services/panel/bureau-budget';
import { newKey } from './bureau-fixture';
import { ledgerFloor, type LedgerFloor, type LedgerSeat } from './support/floor-ledger';
import { startRelay, startSeat } from './support/floor-accounts';

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

const run = async (seat: LedgerSeat, productId = 'B2C3D4E5') => {
  const r = await seat.t.call(seat.agent, 'bureau.query.run', {
    clientId: f.pj.id,
    productId,
    idempotencyKey: newKey(),
  });
  expect(r).toMatchObject({ ok: true, value: { status: 'succeeded' } });
};

const ADMIN = { name: 'Marta Admin', login: 'marta', password: 'senha-da-marta-1' };

/** A query another seat (not started in this test) made: only the central ledger has it. */
const otherSeatQuery = (at: string, user: string, status = 'succeeded') =>
  server.sql(
    f.database,
    `INSERT INTO bureau_queries (idempotency_key, client_id, document, person_type, product_id, product_name,
       user_name, status, requested_at, finished_at)
     VALUES ($1, 1, '00000000000191', 'J', 'B2C3D4E5', 'Deps Mix PJ', $2, $3, $4, $4)`,
    [newKey(), user, status, at],
  );

describe('Painel consumption on the floor', () => {
  it('sums every seat’s queries by agent, product, day and month, on either seat', async () => {
    const [a, b] = f.seats;
    await run(a);
    await run(a);
    await run(b);
    const month = currentMonth(new Date());
    const twoMonthsAgo = monthOffset(`${month}-01`, -2);
    await otherSeatQuery(`${twoMonthsAgo}-10T15:00:00.000Z`, 'Bia');
    await otherSeatQuery(new Date().toISOString(), 'Bia', 'failed'); // never billed
    const admin = await b.t.loginAs('admin');
    const names = await server.sql<{ user_name: string; n: number }>(
      f.database,
      `SELECT user_name, count(*)::int AS n FROM bureau_queries WHERE user_name <> 'Bia' GROUP BY 1 ORDER BY 2 DESC`,
    );
    expect(names.map((r) => r.n)).toEqual([2, 1]);

    for (const seat of [a, b]) {
      const session = seat === b ? admin : await seat.t.loginAs('admin');
      const r = await seat.t.call(session, 'panel.consumption', {});
      if (!r.ok) throw new Error(r.error.message);
      const v = r.value;
      expect(v.total.queries).toBe(3);
      expect(v.byAgent.map((x) => [x.userName, x.queries])).toEqual([
        [names[0]!.user_name, 2],
        [names[1]!.user_name, 1],
      ]);
      expect(v.byProduct.map((p) => [p.productId, p.queries])).toEqual([['B2C3D4E5', 3]]);
      expect(v.byDay.reduce((s, d) => s + d.queries, 0)).toBe(3);
      const byMonth = Object.fromEntries(v.months.map((m) => [m.month, m.queries]));
      expect(byMonth[month]).toBe(3);
      expect(byMonth[twoMonthsAgo]).toBe(1);
    }
    // Each seat's own file holds only part of it: the Painel no longer reads it.
    const localA = a.t.core.db.prepare('SELECT count(*) AS n FROM bureau_queries').get() as { n: number };
    expect(localA.n).toBe(2);
  });

  it('a day belongs to São Paulo: 23:30 of the month’s last day counts in that month', async () => {
    const month = currentMonth(new Date());
    const first = `${month}-01`;
    // 00:30 UTC of the 1st is 21:30 of the previous day in São Paulo.
    await otherSeatQuery(`${first}T00:30:00.000Z`, 'Bia');
    await otherSeatQuery(`${first}T03:30:00.000Z`, 'Bia');
    const [, b] = f.seats;
    const admin = await b.t.loginAs('admin');
    const r = await b.t.call(admin, 'panel.consumption', {});
    if (!r.ok) throw new Error(r.error.message);
    const byMonth = Object.fromEntries(r.value.months.map((m) => [m.month, m.queries]));
    expect(byMonth[month]).toBe(1);
    expect(byMonth[monthOffset(first, -1)]).toBe(1);
    expect(r.value.byDay[0]).toMatchObject({ day: first, queries: 1 });
  });
});

describe('Painel consumption with the central database unreachable', () => {
  it('says so in pt-BR instead of showing the seat’s partial count, and counts again when it is back', async () => {
    const connection = await server.createDatabase();
    const relay = await startRelay(connection);
    const t = await startSeat(relay.settings);
    try {
      expect((await t.call('admin', 'auth.setup', ADMIN)).ok).toBe(true);
      await server.sql(
        connection.database,
        `INSERT INTO bureau_queries (idempotency_key, client_id, document, person_type, product_id, product_name,
           user_name, status, requested_at, finished_at)
         VALUES ('outra-mesa-1', 1, '00000000000191', 'J', 'B2C3D4E5', 'Deps Mix PJ', 'Bia', 'succeeded', $1, $1)`,
        [new Date().toISOString()],
      );
      expect(await t.call('admin', 'panel.consumption', {})).toMatchObject({
        ok: true,
        value: { total: { queries: 1 } },
      });
      relay.cut();
      const r = await t.call('admin', 'panel.consumption', {});
      expect(r).toMatchObject({ ok: false, error: { code: 'FLOOR_UNREACHABLE' } });
      if (!r.ok) expect(r.error.message).toContain('Sem conexão com o banco central');
      relay.restore();
      expect(await t.call('admin', 'panel.consumption', {})).toMatchObject({
        ok: true,
        value: { total: { queries: 1 } },
      });
    } finally {
      t.close();
      await relay.stop();
    }
  });
});
