import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/main/db/connection';
import { bureauFixture, newKey, type BureauFixture } from './bureau-fixture';
import { loginRestricted, value } from './client-test-helpers';
import { createTestCore, type TestCore } from './support/test-core';

/** 02/12/2026 12:00 in São Paulo. */
const NOW = new Date('2026-12-02T15:00:00.000Z');

let seq = 0;
/** One ledger row as the bureau query path writes it (the Painel reads nothing else). */
function ledger(
  db: Db,
  r: { at: string; user: string; product: string; status?: string; reused?: boolean; clientId?: number },
): void {
  const clientId = r.clientId ?? (db.prepare('SELECT min(id) FROM clients').pluck().get() as number);
  db.prepare(
    `INSERT INTO bureau_queries (idempotency_key, client_id, document, person_type, product_id, product_name,
       user_id, user_name, status, requested_at, reused)
     VALUES (?, ?, '11222333000181', 'J', ?, ?, NULL, ?, ?, ?, ?)`,
  ).run(
    `ledger-${++seq}`,
    clientId,
    r.product,
    r.product === 'PJ1' ? 'Deps Mix PJ' : 'Deps Mix PF',
    r.user,
    r.status ?? 'succeeded',
    r.at,
    r.reused ? 1 : 0,
  );
}

describe('Painel: Deps consumption from the query ledger', () => {
  let t: TestCore;
  let admin: string;
  beforeAll(async () => {
    t = await createTestCore({ clients: 20, now: () => NOW });
    admin = await t.loginAs('admin');
    const db = t.core.db;
    // December (São Paulo): 3 billable PJ by Ana, 1 PF by Bruno; one failed and one reused (not billed).
    ledger(db, { at: '2026-12-01T03:30:00.000Z', user: 'Ana', product: 'PJ1' }); // 01/12 00:30 SP
    ledger(db, { at: '2026-12-01T20:00:00.000Z', user: 'Ana', product: 'PJ1', status: 'unknown' });
    ledger(db, { at: '2026-12-02T13:00:00.000Z', user: 'Ana', product: 'PJ1' });
    ledger(db, { at: '2026-12-02T14:00:00.000Z', user: 'Bruno', product: 'PF1' });
    ledger(db, { at: '2026-12-02T14:10:00.000Z', user: 'Bruno', product: 'PF1', status: 'failed' });
    ledger(db, { at: '2026-12-02T14:20:00.000Z', user: 'Bruno', product: 'PJ1', reused: true });
    // 30/11 23:30 in São Paulo is 01/12 02:30 UTC: November's, not December's.
    ledger(db, { at: '2026-12-01T02:30:00.000Z', user: 'Ana', product: 'PJ1' });
    ledger(db, { at: '2026-06-15T15:00:00.000Z', user: 'Carla', product: 'PF1' });
    // 13 months ago: outside the 12.
    ledger(db, { at: '2025-11-15T15:00:00.000Z', user: 'Carla', product: 'PF1' });
  });
  afterAll(() => t.close());

  it('counts this month by agent, product and day, and the last 12 months', async () => {
    value(
      await t.call(admin, 'panel.budget.save', {
        monthlyBudgetCents: 10_000,
        blockAtLimit: false,
        pricesCents: { PJ1: 2_500, PF1: 1_000 },
      }),
    );
    const v = value(await t.call(admin, 'panel.consumption', {}));
    expect(v.month).toBe('2026-12');
    expect(v.total).toEqual({ queries: 4, costCents: 3 * 2_500 + 1_000 });
    expect(v.byAgent).toEqual([
      { userName: 'Ana', queries: 3, costCents: 7_500 },
      { userName: 'Bruno', queries: 1, costCents: 1_000 },
    ]);
    expect(v.byProduct.map((p) => [p.productId, p.queries, p.costCents])).toEqual([
      ['PF1', 1, 1_000],
      ['PJ1', 3, 7_500],
    ]);
    expect(v.byDay).toEqual([
      { day: '2026-12-01', queries: 2, costCents: 5_000 },
      { day: '2026-12-02', queries: 2, costCents: 3_500 },
    ]);
    expect(v.months).toHaveLength(12);
    expect(v.months[0]?.month).toBe('2026-01');
    const byMonth = Object.fromEntries(v.months.map((m) => [m.month, m.queries]));
    expect(byMonth).toMatchObject({ '2026-12': 4, '2026-11': 1, '2026-06': 1 });
    expect(v.months.reduce((s, m) => s + m.queries, 0)).toBe(6);
    // 8.500 of 10.000: the 80 % alert.
    expect(v.budget).toMatchObject({ spentCents: 8_500, percent: 85, level: 'warn80' });
    // The change is in Auditoria with who made it.
    const audit = t.core.db
      .prepare(
        "SELECT user_name, changes FROM audit_log WHERE entity = 'settings' AND entity_id = 'bureau.budget'",
      )
      .get() as { user_name: string; changes: string };
    expect(audit.user_name).toBe('Administrador Demo');
    expect(JSON.parse(audit.changes).monthlyBudgetCents).toEqual({ before: null, after: 10_000 });
  });

  it('shows 100 % once the estimate reaches the budget, and no cost without prices', async () => {
    value(
      await t.call(admin, 'panel.budget.save', {
        monthlyBudgetCents: 8_500,
        blockAtLimit: false,
        pricesCents: { PJ1: 2_500, PF1: 1_000 },
      }),
    );
    expect(value(await t.call(admin, 'panel.consumption', {})).budget.level).toBe('reached100');
    value(
      await t.call(admin, 'panel.budget.save', {
        monthlyBudgetCents: null,
        blockAtLimit: false,
        pricesCents: {},
      }),
    );
    const v = value(await t.call(admin, 'panel.consumption', {}));
    expect(v.pricesSet).toBe(false);
    expect(v.total).toEqual({ queries: 4, costCents: 0 });
    expect(v.budget.level).toBe('none');
  });

  it('is for supervisors: an agent without "Painel - Visão da operação" is refused', async () => {
    const agent = await t.loginAs('ana');
    const r = await t.call(agent, 'panel.consumption', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('FORBIDDEN');
    const supervisor = await loginRestricted(t, 'supervisora', ['panel.view']);
    expect((await t.call(supervisor, 'panel.consumption', {})).ok).toBe(true);
    // Seeing the Painel does not let one change the budget.
    const save = await t.call(supervisor, 'panel.budget.save', {
      monthlyBudgetCents: 1,
      blockAtLimit: true,
      pricesCents: {},
    });
    expect(save.ok).toBe(false);
  });

  it('reads the month through the ledger index', () => {
    const plan = (
      t.core.db
        .prepare(
          "EXPLAIN QUERY PLAN SELECT count(*) FROM bureau_queries WHERE requested_at >= '2026-12-01' AND requested_at < '2027-01-01'",
        )
        .all() as { detail: string }[]
    )
      .map((p) => p.detail)
      .join('\n');
    expect(plan).toContain('bureau_queries_requested');
  });
});

describe('Deps budget block on the bureau query path', () => {
  let f: BureauFixture;
  beforeAll(async () => {
    f = await bureauFixture();
  });
  afterAll(() => f.close());
  beforeEach(() => {
    f.t.core.db.exec('DELETE FROM bureau_queries');
  });

  const run = (key = newKey()) =>
    f.t.call(f.agent, 'bureau.query.run', { clientId: f.pj.id, productId: 'B2C3D4E5', idempotencyKey: key });

  it('refuses the query that would pass the budget before anything reaches the bureau, naming the budget', async () => {
    value(
      await f.t.call(f.admin, 'panel.budget.save', {
        monthlyBudgetCents: 5_000,
        blockAtLimit: true,
        pricesCents: { B2C3D4E5: 2_500 },
      }),
    );
    expect((await run()).ok).toBe(true);
    expect((await run()).ok).toBe(true);
    const before = f.queryRequests();
    const ledgerBefore = f.t.core.db.prepare('SELECT count(*) FROM bureau_queries').pluck().get();
    const refused = await run();
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('CONFLICT');
    expect(refused.error.message).toContain('orçamento mensal de R$ 50,00');
    expect(refused.error.message).toContain('Nada foi cobrado');
    // Nothing sent, nothing written to the ledger.
    expect(f.queryRequests()).toBe(before);
    expect(f.t.core.db.prepare('SELECT count(*) FROM bureau_queries').pluck().get()).toBe(ledgerBefore);
  });

  it('lets the query through when the block is off (the Painel only alerts)', async () => {
    value(
      await f.t.call(f.admin, 'panel.budget.save', {
        monthlyBudgetCents: 1_000,
        blockAtLimit: false,
        pricesCents: { B2C3D4E5: 2_500 },
      }),
    );
    expect((await run()).ok).toBe(true);
    expect((await run()).ok).toBe(true);
    const v = value(await f.t.call(f.admin, 'panel.consumption', {}));
    expect(v.budget.level).toBe('reached100');
  });

  it('a zero budget with the block on refuses every new query', async () => {
    value(
      await f.t.call(f.admin, 'panel.budget.save', {
        monthlyBudgetCents: 0,
        blockAtLimit: true,
        pricesCents: { B2C3D4E5: 2_500 },
      }),
    );
    const refused = await run();
    expect(refused.ok).toBe(false);
    value(
      await f.t.call(f.admin, 'panel.budget.save', {
        monthlyBudgetCents: null,
        blockAtLimit: false,
        pricesCents: {},
      }),
    );
  });
});
