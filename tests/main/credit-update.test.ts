import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureauFixture, newKey, type BureauFixture } from './bureau-fixture';

let f: BureauFixture;
beforeAll(async () => {
  f = await bureauFixture();
});
afterAll(() => f.close());

const limitOf = (id: number) =>
  f.t.core.db
    .prepare('SELECT credit_limit_cents AS l, credit_status AS s FROM clients WHERE id = ?')
    .get(id) as {
    l: number;
    s: string;
  };
const count = (table: string) =>
  (f.t.core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('Edição de situação/Limite de crédito', () => {
  it("an agent may not raise a limit beyond the group's maximum (R$ 5.000,00 for Atendentes)", async () => {
    const { l } = limitOf(f.pj.id);
    const r = await f.t.call(f.agent, 'credit.update', {
      clientId: f.pj.id,
      creditLimitCents: l + 500_001,
      creditStatus: 'ADIMPLENTE',
      expectedCreditLimitCents: l,
      bureauQueryId: null,
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'CREDIT_INCREASE_EXCEEDED', message: expect.stringContaining('R$ 5.000,00') },
    });
    expect(limitOf(f.pj.id).l).toBe(l);
  });

  it('after a query: client, ERP outbox and audit row change together', async () => {
    const q = await f.t.call(f.agent, 'bureau.query.run', {
      clientId: f.pj.id,
      productId: 'B2C3D4E5',
      idempotencyKey: newKey(),
    });
    if (!q.ok || q.value.status !== 'succeeded') throw new Error('query failed');
    const queryId = q.value.detail.row.id;
    const { l } = limitOf(f.pj.id);
    const outbox = count('credit_outbox');
    const audits = count('audit_log');
    const r = await f.t.call(f.agent, 'credit.update', {
      clientId: f.pj.id,
      creditLimitCents: l + 500_000,
      creditStatus: 'EM_ANALISE',
      expectedCreditLimitCents: l,
      bureauQueryId: queryId,
    });
    expect(r).toMatchObject({
      ok: true,
      value: { client: { creditLimitCents: l + 500_000, creditStatus: 'EM_ANALISE' } },
    });
    expect(count('credit_outbox')).toBe(outbox + 1);
    expect(count('audit_log')).toBe(audits + 1);
    const audit = f.t.core.db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
      entity: string;
      entity_id: string;
      user_name: string;
      changes: string;
    };
    expect(audit).toMatchObject({ entity: 'client', entity_id: String(f.pj.id), user_name: 'Ana Souza' });
    expect(JSON.parse(audit.changes)).toMatchObject({
      creditLimitCents: { before: l, after: l + 500_000 },
      bureauQueryId: { after: queryId },
    });
    const row = f.t.core.db.prepare('SELECT * FROM credit_outbox ORDER BY id DESC LIMIT 1').get() as {
      credit_limit_cents: number;
      sent_at: string | null;
    };
    expect(row).toMatchObject({ credit_limit_cents: l + 500_000, sent_at: null });
  });

  it('a change made meanwhile is refused, not overwritten, and leaves no outbox or audit row', async () => {
    const { l } = limitOf(f.pj.id);
    const outbox = count('credit_outbox');
    const audits = count('audit_log');
    const r = await f.t.call(f.agent, 'credit.update', {
      clientId: f.pj.id,
      creditLimitCents: 100,
      creditStatus: 'BLOQUEADO',
      expectedCreditLimitCents: l - 1,
      bureauQueryId: null,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(limitOf(f.pj.id).l).toBe(l);
    expect([count('credit_outbox'), count('audit_log')]).toEqual([outbox, audits]);
  });

  it('lowering is always allowed; an admin group without a cap may raise freely, once confirmed', async () => {
    const { l } = limitOf(f.pf.id);
    const down = await f.t.call(f.agent, 'credit.update', {
      clientId: f.pf.id,
      creditLimitCents: 0,
      creditStatus: 'BLOQUEADO',
      expectedCreditLimitCents: l,
      bureauQueryId: null,
    });
    expect(down.ok).toBe(true);
    const up = await f.t.call(f.admin, 'credit.update', {
      clientId: f.pf.id,
      creditLimitCents: 50_000_000,
      creditStatus: 'ADIMPLENTE',
      expectedCreditLimitCents: 0,
      bureauQueryId: null,
      confirmLargeIncrease: true,
    });
    expect(up).toMatchObject({ ok: true, value: { client: { creditLimitCents: 50_000_000 } } });
  });

  it("refuses a bureau query that is not this client's result", async () => {
    const r = await f.t.call(f.admin, 'credit.update', {
      clientId: f.pf.id,
      creditLimitCents: 1,
      creditStatus: 'ADIMPLENTE',
      expectedCreditLimitCents: 50_000_000,
      bureauQueryId: 999_999,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
