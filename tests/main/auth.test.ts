import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../electron/main/services/auth/password';
import { FREE_FAILURES, remainingWaitMs, throttleDelayMs } from '../../electron/main/services/auth/throttle';
import { createTestCore, type TestCore } from './support/test-core';

const cores: TestCore[] = [];
const core = async (opts: Parameters<typeof createTestCore>[0] = {}) => {
  const t = await createTestCore({ clients: 20, ...opts });
  cores.push(t);
  return t;
};
afterEach(() => {
  for (const t of cores.splice(0)) t.close();
});

describe('password hashing', () => {
  it('uses scrypt with a per-user salt and verifies only the right password', async () => {
    const a = await hashPassword('senha-secreta-1');
    const b = await hashPassword('senha-secreta-1');
    expect(a).toMatch(/^scrypt\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('senha-secreta-1');
    expect(await verifyPassword('senha-secreta-1', a)).toBe(true);
    expect(await verifyPassword('senha-secreta-2', a)).toBe(false);
    expect(await verifyPassword('senha-secreta-1', 'garbage')).toBe(false);
  });
});

describe('login throttling', () => {
  it('lets the first failures through, then makes each wait grow', () => {
    expect(throttleDelayMs(FREE_FAILURES - 1)).toBe(0);
    expect(throttleDelayMs(FREE_FAILURES)).toBeGreaterThan(0);
    expect(throttleDelayMs(FREE_FAILURES + 1)).toBeGreaterThan(throttleDelayMs(FREE_FAILURES));
    expect(throttleDelayMs(100)).toBe(throttleDelayMs(200));
    const now = new Date('2026-11-22T12:00:10Z');
    expect(remainingWaitMs(FREE_FAILURES, new Date('2026-11-22T12:00:09Z'), now)).toBeGreaterThan(0);
    expect(remainingWaitMs(FREE_FAILURES, new Date('2026-11-22T11:00:00Z'), now)).toBe(0);
  });

  it('records attempts and refuses even the right password while throttled', async () => {
    let clock = new Date('2026-11-22T12:00:00Z');
    const t = await core({ now: () => clock });
    for (let i = 0; i < FREE_FAILURES; i++) {
      const r = await t.call('s', 'auth.login', { login: 'ana', password: 'errada-123' });
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'LOGIN_FAILED', message: 'Login ou senha incorretos.' },
      });
    }
    const throttled = await t.call('s', 'auth.login', { login: 'ana', password: 'atendente-demo' });
    expect(throttled).toMatchObject({ ok: false, error: { code: 'LOGIN_THROTTLED' } });
    clock = new Date(clock.getTime() + 10 * 60_000);
    const ok = await t.call('s', 'auth.login', { login: 'ana', password: 'atendente-demo' });
    expect(ok.ok).toBe(true);
    const attempts = t.core.db
      .prepare("SELECT success, reason FROM login_attempts WHERE login = 'ana' ORDER BY id")
      .all();
    expect(attempts).toHaveLength(FREE_FAILURES + 2);
    expect(attempts.at(-2)).toEqual({ success: 0, reason: 'throttled' });
    expect(attempts.at(-1)).toEqual({ success: 1, reason: null });
  });
});

describe('first run and sessions', () => {
  it('a brand-new database has no user and no default password: setup creates the administrator', async () => {
    const t = await core({ demo: false });
    const status = await t.call('s', 'auth.status', {});
    expect(status).toMatchObject({ ok: true, value: { needsSetup: true, user: null, demoCredentials: [] } });
    expect((await t.call('s', 'auth.login', { login: 'admin', password: 'admin-demo-2026' })).ok).toBe(false);
    const short = await t.call('s', 'auth.setup', { name: 'Carla', login: 'carla', password: 'curta' });
    expect(short).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('8 caracteres') },
    });
    const r = await t.call('s', 'auth.setup', {
      name: 'Carla Admin',
      login: 'carla',
      password: 'senha-forte-1',
    });
    expect(r.ok && r.value.permissions).toContain('settings.users');
    const again = await t.call('other', 'auth.setup', {
      name: 'Intruso',
      login: 'x123',
      password: 'senha-forte-2',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('shows demo credentials only on a demo database', async () => {
    const t = await core();
    const status = await t.call('s', 'auth.status', {});
    expect(status.ok && status.value.demoCredentials.map((c) => c.login)).toEqual(['admin', 'ana']);
  });

  it('keeps the session for the same window key and ends it on Sair; another window is not logged in', async () => {
    const t = await core();
    await t.call('w1', 'auth.login', { login: 'ana', password: 'atendente-demo' });
    expect(
      (await t.call('w1', 'auth.status', {})).ok && (await t.call('w1', 'auth.status', {})),
    ).toMatchObject({
      value: { user: { login: 'ana' } },
    });
    // A restart is a new session store: without "manter conectado" nobody is logged in.
    t.core.sessions.clear('w1');
    expect(await t.call('w1', 'auth.status', {})).toMatchObject({ ok: true, value: { user: null } });
    // "Manter conectado" belongs to the window profile that ticked it (auth-remember.test.ts):
    // a window without that profile's token is nobody.
    await t.call('w1', 'auth.login', { login: 'ana', password: 'atendente-demo', keepSignedIn: true });
    expect(await t.call('w2', 'auth.status', {})).toMatchObject({ ok: true, value: { user: null } });
    await t.call('w1', 'auth.logout', {});
    expect(await t.call('w1', 'auth.status', {})).toMatchObject({ ok: true, value: { user: null } });
  });
});

describe('users, groups and permissions', () => {
  it("a user's permissions are the union of their groups'; the credit cap is the most generous", async () => {
    const t = await core();
    const admin = await t.loginAs('admin');
    const g1 = await t.call(admin, 'groups.save', {
      name: 'Crédito 1',
      permissions: ['clients.editCredit'],
      maxCreditIncreaseCents: 100_000,
    });
    const g2 = await t.call(admin, 'groups.save', {
      name: 'Arquivos',
      permissions: ['clients.files', 'clients.editCredit'],
      maxCreditIncreaseCents: 300_000,
    });
    if (!g1.ok || !g2.ok) throw new Error('groups');
    const u = await t.call(admin, 'users.save', {
      login: 'bia',
      name: 'Bia',
      password: 'senha-da-bia',
      active: true,
      groupIds: [g1.value.id, g2.value.id],
    });
    expect(u.ok).toBe(true);
    const bia = await t.loginAs('bia', 'senha-da-bia');
    const status = await t.call(bia, 'auth.status', {});
    expect(status.ok && status.value.user).toMatchObject({
      permissions: ['clients.editCredit', 'clients.files'],
      maxCreditIncreaseCents: 300_000,
    });
  });

  it('a granted permission takes effect for a logged-in user without a restart, and is audited', async () => {
    const t = await core();
    const admin = await t.loginAs('admin');
    const agent = await t.loginAs('ana');
    expect(await t.call(agent, 'users.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const groups = await t.call(admin, 'groups.list', {});
    const atendentes = groups.ok ? groups.value.find((g) => g.name === 'Atendentes') : undefined;
    await t.call(admin, 'groups.save', {
      id: atendentes!.id,
      name: 'Atendentes',
      permissions: [...atendentes!.permissions, 'settings.users'],
      maxCreditIncreaseCents: atendentes!.maxCreditIncreaseCents,
    });
    expect((await t.call(agent, 'users.list', {})).ok).toBe(true);
    const audit = await t.call(admin, 'audit.list', { entity: 'group', offset: 0, limit: 10 });
    expect(audit.ok && audit.value.rows[0]).toMatchObject({
      action: 'Grupo alterado',
      userName: 'Administrador Demo',
      changes: { permissions: { after: expect.arrayContaining(['settings.users']) } },
    });
  });

  it('refuses bad input with pt-BR messages and changes nothing', async () => {
    const t = await core();
    const admin = await t.loginAs('admin');
    const before = JSON.stringify([
      t.core.db.prepare('SELECT * FROM users').all(),
      t.core.db.prepare('SELECT * FROM user_groups').all(),
    ]);
    const cases = [
      [
        await t.call(admin, 'users.save', {
          login: 'ana',
          name: 'Outra Ana',
          password: 'senha-longa-1',
          groupIds: [],
        }),
        'CONFLICT',
        /login "ana"/,
      ],
      [
        await t.call(admin, 'users.save', { login: 'novo', name: 'Novo', password: 'curta', groupIds: [] }),
        'VALIDATION',
        /8 caracteres/,
      ],
      [
        await t.call(admin, 'users.save', {
          login: 'novo',
          name: 'x'.repeat(121),
          password: 'senha-longa-1',
          groupIds: [],
        }),
        'VALIDATION',
        /no máximo 120/,
      ],
      [
        await t.call(admin, 'users.save', {
          login: 'novo',
          name: '   ',
          password: 'senha-longa-1',
          groupIds: [],
        }),
        'VALIDATION',
        /obrigatório/,
      ],
      [
        await t.call(admin, 'groups.save', { name: 'atendentes', permissions: [] }),
        'CONFLICT',
        /Já existe um grupo/,
      ],
    ] as const;
    for (const [r, code, message] of cases) {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe(code);
        expect(r.error.message).toMatch(message);
      }
    }
    const groups = await t.call(admin, 'groups.list', {});
    const inUse = groups.ok ? groups.value.find((g) => g.name === 'Atendentes')! : null;
    const del = await t.call(admin, 'groups.delete', { id: inUse!.id });
    expect(del).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('ainda tem 1 usuário') },
    });
    expect(
      JSON.stringify([
        t.core.db.prepare('SELECT * FROM users').all(),
        t.core.db.prepare('SELECT * FROM user_groups').all(),
      ]),
    ).toBe(before);
  });

  it('never leaves the console without an administrator', async () => {
    const t = await core();
    const admin = await t.loginAs('admin');
    const users = await t.call(admin, 'users.list', {});
    const me = users.ok ? users.value.find((u) => u.login === 'admin')! : null;
    const deactivate = await t.call(admin, 'users.save', {
      id: me!.id,
      login: 'admin',
      name: me!.name,
      active: false,
      groupIds: me!.groupIds,
    });
    expect(deactivate).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('administrador') },
    });
    const removeFromGroup = await t.call(admin, 'users.save', {
      id: me!.id,
      login: 'admin',
      name: me!.name,
      active: true,
      groupIds: [],
    });
    expect(removeFromGroup.ok).toBe(false);
    const groups = await t.call(admin, 'groups.list', {});
    const admins = groups.ok ? groups.value.find((g) => g.name === 'Administradores')! : null;
    const strip = await t.call(admin, 'groups.save', {
      id: admins!.id,
      name: admins!.name,
      permissions: ['clients.edit'],
    });
    expect(strip.ok).toBe(false);
    expect((await t.call(admin, 'users.list', {})).ok).toBe(true);
  });
});
