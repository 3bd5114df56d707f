import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureauFixture, newKey, type BureauFixture } from './bureau-fixture';

let f: BureauFixture;
let nobody: string;
beforeAll(async () => {
  f = await bureauFixture();
  const group = await f.t.call(f.admin, 'groups.save', {
    name: 'Consulta somente',
    permissions: [],
    maxCreditIncreaseCents: 0,
  });
  if (!group.ok) throw new Error(group.error.message);
  const user = await f.t.call(f.admin, 'users.save', {
    login: 'sem.permissao',
    name: 'Sem Permissão',
    password: 'senha-segura-1',
    active: true,
    groupIds: [group.value.id],
  });
  if (!user.ok) throw new Error(user.error.message);
  nobody = await f.t.loginAs('sem.permissao', 'senha-segura-1');
});
afterAll(() => f.close());

describe('bureau and credit channels check their permission before anything runs', () => {
  it('without "Permite utilizar consulta Deps" nothing is queried, listed or reopened', async () => {
    const before = f.sim.requests().length;
    const calls = [
      f.t.call(nobody, 'bureau.query.run', {
        clientId: f.pj.id,
        productId: 'B2C3D4E5',
        idempotencyKey: newKey(),
      }),
      f.t.call(nobody, 'bureau.query.fetchShared', {
        clientId: f.pj.id,
        productId: 'B2C3D4E5',
        idempotencyKey: newKey(),
      }),
      f.t.call(nobody, 'bureau.query.check', { id: 1 }),
      f.t.call(nobody, 'bureau.query.recent', { clientId: f.pj.id }),
      f.t.call(nobody, 'bureau.query.list', { clientId: f.pj.id }),
      f.t.call(nobody, 'bureau.query.get', { id: 1 }),
      f.t.call(nobody, 'bureau.products.forClient', { clientId: f.pj.id }),
    ];
    for (const r of await Promise.all(calls)) {
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: expect.stringContaining('Permite utilizar consulta Deps') },
      });
    }
    expect(f.sim.requests()).toHaveLength(before);
    expect(f.t.core.db.prepare('SELECT count(*) AS n FROM bureau_queries').get()).toEqual({ n: 0 });
  });

  it('without "Credenciais do bureau" the settings are neither read, saved nor used to log in', async () => {
    const calls = [
      f.t.call(nobody, 'bureau.settings.get', {}),
      f.t.call(nobody, 'bureau.settings.fetchProducts', {
        url: f.sim.url,
        email: 'x@y.com',
        password: 'qualquer',
        caPem: null,
        spkiPin: null,
      }),
      f.t.call(f.agent, 'bureau.settings.save', {
        url: f.sim.url,
        email: 'x@y.com',
        password: 'qualquer',
        caPem: null,
        spkiPin: null,
        products: [],
        defaultProductF: null,
        defaultProductJ: null,
        receivablesDailySync: true,
      }),
    ];
    for (const r of await Promise.all(calls))
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('without "Editar situação/limite de crédito" the limit does not change', async () => {
    const r = await f.t.call(nobody, 'credit.update', {
      clientId: f.pj.id,
      creditLimitCents: 1,
      creditStatus: 'BLOQUEADO',
      expectedCreditLimitCents: f.pj.limit,
      bureauQueryId: null,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(
      f.t.core.db.prepare('SELECT credit_limit_cents AS l FROM clients WHERE id = ?').get(f.pj.id),
    ).toEqual({
      l: f.pj.limit,
    });
  });

  it('anonymous callers are refused', async () => {
    const r = await f.t.call('nobody-logged', 'bureau.query.list', { clientId: f.pj.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
