import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from './support/test-core';

let t: TestCore | undefined;
afterEach(() => t?.close());

const firstClient = (tc: TestCore) =>
  tc.core.db.prepare('SELECT id, credit_limit_cents AS l FROM clients ORDER BY id LIMIT 1').get() as {
    id: number;
    l: number;
  };
const limitOf = (tc: TestCore, id: number) =>
  (tc.core.db.prepare('SELECT credit_limit_cents AS l FROM clients WHERE id = ?').get(id) as { l: number }).l;

async function raise(tc: TestCore, session: string, clientId: number, byCents: number, confirmed = false) {
  const l = limitOf(tc, clientId);
  return tc.call(session, 'credit.update', {
    clientId,
    creditLimitCents: l + byCents,
    creditStatus: 'ADIMPLENTE',
    expectedCreditLimitCents: l,
    bureauQueryId: null,
    confirmLargeIncrease: confirmed,
  });
}

describe('credit cap over a rolling 24 h', () => {
  it('ten raises of R$ 5.000,00 in a row: the second is refused, naming what is left in 24 h', async () => {
    let clock = new Date('2026-11-22T12:00:00Z');
    t = await createTestCore({ clients: 10, now: () => clock });
    const agent = await t.loginAs('ana');
    const c = firstClient(t);
    expect((await raise(t, agent, c.id, 500_000)).ok).toBe(true);
    const outcomes = [];
    for (let i = 0; i < 9; i++) outcomes.push(await raise(t, agent, c.id, 500_000));
    expect(outcomes.every((r) => !r.ok && r.error.code === 'CREDIT_INCREASE_EXCEEDED')).toBe(true);
    expect(limitOf(t, c.id)).toBe(c.l + 500_000);

    // Small steps add up too: nothing left means not even R$ 1,00 more.
    expect(await raise(t, agent, c.id, 100)).toMatchObject({
      ok: false,
      error: { code: 'CREDIT_INCREASE_EXCEEDED', message: expect.stringContaining('24 h') },
    });
    const allowance = await t.call(agent, 'credit.allowance', { clientId: c.id });
    expect(allowance).toMatchObject({
      ok: true,
      value: { capCents: 500_000, remainingCents: 0, windowHours: 24 },
    });

    clock = new Date(clock.getTime() + 24 * 3_600_000 + 1_000);
    expect((await raise(t, agent, c.id, 500_000)).ok).toBe(true);
  });

  it('the period is per agent and per client: another client still has the full amount', async () => {
    t = await createTestCore({ clients: 10 });
    const agent = await t.loginAs('ana');
    const [a, b] = t.core.db.prepare('SELECT id FROM clients ORDER BY id LIMIT 2').all() as { id: number }[];
    expect((await raise(t, agent, a!.id, 400_000)).ok).toBe(true);
    const left = await t.call(agent, 'credit.allowance', { clientId: a!.id });
    expect(left).toMatchObject({ ok: true, value: { remainingCents: 100_000 } });
    expect((await raise(t, agent, b!.id, 500_000)).ok).toBe(true);
  });
});

describe('confirmation of a big jump', () => {
  it('an uncapped admin raising R$ 0 → R$ 999.999,00 must confirm, seeing the jump; confirmed, it goes through', async () => {
    t = await createTestCore({ clients: 10 });
    const admin = await t.loginAs('admin');
    const c = firstClient(t);
    t.core.db.prepare('UPDATE clients SET credit_limit_cents = 0 WHERE id = ?').run(c.id);
    const r = await t.call(admin, 'credit.update', {
      clientId: c.id,
      creditLimitCents: 99_999_900,
      creditStatus: 'ADIMPLENTE',
      expectedCreditLimitCents: 0,
      bureauQueryId: null,
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'CREDIT_CONFIRMATION_REQUIRED', message: expect.stringContaining('R$ 999.999,00') },
    });
    expect(limitOf(t, c.id)).toBe(0);
    const confirmed = await t.call(admin, 'credit.update', {
      clientId: c.id,
      creditLimitCents: 99_999_900,
      creditStatus: 'ADIMPLENTE',
      expectedCreditLimitCents: 0,
      bureauQueryId: null,
      confirmLargeIncrease: true,
    });
    expect(confirmed.ok).toBe(true);
  });

  it('the threshold is configurable by an administrator and audited', async () => {
    t = await createTestCore({ clients: 10 });
    const admin = await t.loginAs('admin');
    const agent = await t.loginAs('ana');
    expect((await t.call(agent, 'credit.policy.save', { confirmAboveCents: 100 })).ok).toBe(false);
    expect((await t.call(admin, 'credit.policy.save', { confirmAboveCents: 100_000 })).ok).toBe(true);
    const audit = t.core.db
      .prepare("SELECT action, changes FROM audit_log WHERE entity = 'setting' ORDER BY id DESC LIMIT 1")
      .get() as { action: string; changes: string };
    expect(audit.action).toBe('Confirmação de aumentos de limite alterada');
    expect(JSON.parse(audit.changes)).toEqual({ confirmAboveCents: { before: 5_000_000, after: 100_000 } });
    const c = firstClient(t);
    expect(await raise(t, agent, c.id, 200_000)).toMatchObject({
      ok: false,
      error: { code: 'CREDIT_CONFIRMATION_REQUIRED' },
    });
    expect((await raise(t, agent, c.id, 200_000, true)).ok).toBe(true);
    expect((await raise(t, agent, c.id, 100_000)).ok).toBe(true);
  });
});
