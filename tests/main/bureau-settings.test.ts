import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getBureauConfig, saveBureauConfig } from '../../electron/main/db/repos/bureau-settings.repo';
import { DEFAULT_EMAIL, DEFAULT_PASSWORD } from '../../tools/simulators/bureau/fixtures';
import { bureauFixture, newKey, type BureauFixture } from './bureau-fixture';

let f: BureauFixture;
beforeAll(async () => {
  f = await bureauFixture();
});
afterAll(() => f.close());
afterEach(() => {
  delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
});

const base = () => ({
  url: f.sim.url,
  email: DEFAULT_EMAIL,
  caPem: f.sim.caPem,
  spkiPin: null,
  products: f.products,
  defaultProductF: 'A1B2C3D4',
  defaultProductJ: 'B2C3D4E5',
  receivablesDailySync: true,
});
const audits = () => (f.t.core.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

describe('Configurações → Bureau de crédito', () => {
  it('shows what is saved without the password, the protection note and the TLS risk', async () => {
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    const r = await f.t.call(f.admin, 'bureau.settings.get', {});
    expect(r).toMatchObject({
      ok: true,
      value: {
        url: f.sim.url,
        passwordState: 'saved',
        defaultProductJ: 'B2C3D4E5',
        caCertificate: { subject: expect.stringContaining('localhost'), expired: false },
        protection: { kind: 'keyfile', available: true, note: expect.stringContaining('mais fraca') },
        insecureTlsEnvironment: true,
      },
    });
    expect(JSON.stringify(r)).not.toContain(DEFAULT_PASSWORD);
  });

  it('"…" with a wrong password shows the bureau message; without a typed one it uses the saved one', async () => {
    const wrong = await f.t.call(f.admin, 'bureau.settings.fetchProducts', {
      url: f.sim.url,
      email: DEFAULT_EMAIL,
      password: 'senha-errada',
      caPem: f.sim.caPem,
      spkiPin: null,
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'BUREAU_AUTH_FAILED', message: expect.stringContaining('Usuário ou senha inválidos.') },
    });
    const saved = await f.t.call(f.admin, 'bureau.settings.fetchProducts', {
      url: f.sim.url,
      email: DEFAULT_EMAIL,
      caPem: f.sim.caPem,
      spkiPin: null,
    });
    expect(saved.ok && saved.value.filter((p) => p.personType === 'J').map((p) => p.id)).toEqual([
      'B2C3D4E5',
      'D4E5F6A7',
    ]);
  });

  it('the toggle is saved and audited; a new password is recorded as changed, never its value', async () => {
    const r = await f.t.call(f.admin, 'bureau.settings.save', { ...base(), password: DEFAULT_PASSWORD });
    expect(r).toMatchObject({ ok: true, value: { receivablesDailySync: true } });
    const last = f.t.core.db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
      entity: string;
      changes: string;
    };
    expect(last.entity).toBe('settings');
    expect(JSON.parse(last.changes)).toMatchObject({
      receivablesDailySync: { before: false, after: true },
      password: { after: 'alterada' },
    });
    expect(last.changes).not.toContain(DEFAULT_PASSWORD);
  });

  it('when the OS cannot encrypt, nothing at all is saved and the admin is told why', async () => {
    const before = getBureauConfig(f.t.core.db);
    const count = audits();
    const original = f.t.core.secrets.availability;
    f.t.core.secrets.availability = async () => ({
      ok: false,
      reason: 'Criptografia indisponível neste perfil.',
    });
    try {
      const r = await f.t.call(f.admin, 'bureau.settings.save', {
        ...base(),
        email: 'outro@empresa.com.br',
        password: 'nova-senha',
      });
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'ENCRYPTION_UNAVAILABLE', message: 'Criptografia indisponível neste perfil.' },
      });
      const view = await f.t.call(f.admin, 'bureau.settings.get', {});
      expect(view).toMatchObject({ ok: true, value: { protection: { available: false } } });
    } finally {
      f.t.core.secrets.availability = original;
    }
    expect(getBureauConfig(f.t.core.db)).toEqual(before);
    expect(audits()).toBe(count);
  });

  it('an unreadable saved password asks for re-entry and is never used or shown', async () => {
    const good = getBureauConfig(f.t.core.db);
    saveBureauConfig(f.t.core.db, {
      ...good,
      passwordCipher: 'kf1:' + Buffer.alloc(40, 7).toString('base64'),
    });
    const view = await f.t.call(f.admin, 'bureau.settings.get', {});
    expect(view).toMatchObject({
      ok: true,
      value: { passwordState: 'unreadable', passwordProblem: expect.stringContaining('Digite-a novamente') },
    });
    const before = f.sim.requests().length;
    const q = await f.t.call(f.agent, 'bureau.query.run', {
      clientId: f.pj.id,
      productId: 'B2C3D4E5',
      idempotencyKey: newKey(),
    });
    expect(q).toMatchObject({ ok: false, error: { code: 'SECRET_UNREADABLE' } });
    expect(f.sim.requests()).toHaveLength(before);
    const fixed = await f.t.call(f.admin, 'bureau.settings.save', { ...base(), password: DEFAULT_PASSWORD });
    expect(fixed).toMatchObject({ ok: true, value: { passwordState: 'saved' } });
  });

  it('refuses a broken CA file, a malformed pin and a default product of the wrong person type', async () => {
    const badCa = await f.t.call(f.admin, 'bureau.settings.save', {
      ...base(),
      caPem: 'não é um certificado',
    });
    expect(badCa).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('PEM') },
    });
    const cut = f.sim.caPem.replace(/\n[A-Za-z0-9+/]{20,}\n/, '\nAAAA\n');
    const broken = await f.t.call(f.admin, 'bureau.settings.save', { ...base(), caPem: cut });
    expect(broken).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const pin = await f.t.call(f.admin, 'bureau.settings.save', { ...base(), spkiPin: 'abc' });
    expect(pin).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('SHA-256') },
    });
    const wrongType = await f.t.call(f.admin, 'bureau.settings.save', {
      ...base(),
      defaultProductF: 'B2C3D4E5',
    });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('the saved password is never sent to another address or account without being typed again', async () => {
    const elsewhere = { url: 'https://127.0.0.2:4443', email: DEFAULT_EMAIL, caPem: null, spkiPin: null };
    const fetch = await f.t.call(f.admin, 'bureau.settings.fetchProducts', elsewhere);
    expect(fetch).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('senha') },
    });
    const save = await f.t.call(f.admin, 'bureau.settings.save', { ...base(), url: elsewhere.url });
    expect(save).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const otherAccount = await f.t.call(f.admin, 'bureau.settings.save', {
      ...base(),
      email: 'outra@conta.com.br',
    });
    expect(otherAccount).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(getBureauConfig(f.t.core.db).url).toBe(f.sim.url);
  });

  it('the Deps button is pre-filled with the Consulta padrão of the client person type', async () => {
    const pj = await f.t.call(f.agent, 'bureau.products.forClient', { clientId: f.pj.id });
    expect(pj).toMatchObject({
      ok: true,
      value: { defaultProductId: 'B2C3D4E5', configured: true, problem: null },
    });
    expect(pj.ok && pj.value.products.every((p) => p.personType === 'J')).toBe(true);
    const pf = await f.t.call(f.agent, 'bureau.products.forClient', { clientId: f.pf.id });
    expect(pf).toMatchObject({ ok: true, value: { defaultProductId: 'A1B2C3D4' } });
  });
});
