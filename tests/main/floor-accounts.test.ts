/**
 * Accounts in floor mode, with two seats (two real cores on two data folders) and one real
 * PostgreSQL: a user created once logs in on both, wrong passwords count floor-wide, a change
 * on one seat reaches the other seat's open sessions on their next call, and a seat that loses
 * the central database keeps its logged-in agents reading while a new login is told why.
 */
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FloorConnectionSettings } from '../../electron/main/floor/floor-db';
import { FREE_FAILURES } from '../../electron/main/services/auth/throttle';
import { memoryDeviceSlot } from '../../electron/main/services/auth/device-slot';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';
import { ACME, startRelay, startSeat, type CuttableRelay } from './support/floor-accounts';
import { createTestCore, type TestCore } from './support/test-core';

let server: TestPostgres;
const open: { close(): void }[] = [];
const relays: CuttableRelay[] = [];

beforeAll(async () => {
  server = await startEmbeddedPostgres();
}, 60_000);
afterAll(async () => server?.stop());
afterEach(async () => {
  for (const c of open.splice(0)) c.close();
  for (const r of relays.splice(0)) await r.stop();
});

const ADMIN = { name: 'Marta Admin', login: 'marta', password: 'senha-da-marta-1' };
const BIA = { login: 'bia', password: 'senha-da-bia-123' };

async function seat(connection: FloorConnectionSettings): Promise<TestCore> {
  const t = await startSeat(connection);
  open.push(t);
  return t;
}

/** Two seats on one new central database. */
async function seats(): Promise<[TestCore, TestCore]> {
  const settings = await server.createDatabase();
  return [await seat(settings), await seat(settings)];
}

/** Seat A's first start creates the floor's administrator; returns A's admin session. */
async function setupAdmin(a: TestCore): Promise<string> {
  const r = await a.call('a-admin', 'auth.setup', ADMIN);
  expect(r.ok).toBe(true);
  return 'a-admin';
}

async function createGroup(t: TestCore, admin: string, name: string, permissions: string[]): Promise<number> {
  const r = await t.call(admin, 'groups.save', {
    name,
    permissions,
    maxCreditIncreaseCents: 500_000,
  } as never);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.id;
}

async function createBia(t: TestCore, admin: string, groupIds: number[]): Promise<number> {
  const r = await t.call(admin, 'users.save', { ...BIA, name: 'Bia Atendente', active: true, groupIds });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.id;
}

describe('accounts shared by every seat of the floor', () => {
  it('the first administrator is created once; a user created on seat A logs in on seat B', async () => {
    const [a, b] = await seats();
    expect(await b.call('b0', 'auth.status', {})).toMatchObject({ ok: true, value: { needsSetup: true } });
    const admin = await setupAdmin(a);
    // Seat B does not offer a second first setup, and refuses one.
    expect(await b.call('b0', 'auth.status', {})).toMatchObject({ ok: true, value: { needsSetup: false } });
    expect(await b.call('b0', 'auth.setup', { ...ADMIN, login: 'outro' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const groupId = await createGroup(a, admin, 'Supervisores', ['settings.users', 'clients.editCredit']);
    const biaId = await createBia(a, admin, [groupId]);

    const onB = await b.call('b1', 'auth.login', { ...BIA, keepSignedIn: false });
    expect(onB).toMatchObject({
      ok: true,
      value: { id: biaId, login: 'bia', groups: ['Supervisores'], maxCreditIncreaseCents: 500_000 },
    });
    expect(onB.ok && [...onB.value.permissions].sort()).toEqual(['clients.editCredit', 'settings.users']);
    expect((await a.call('a1', 'auth.login', { ...BIA, keepSignedIn: false })).ok).toBe(true);
    // Seat B lists the same users and groups, and the password is stored only as a hash.
    const users = await b.call('b1', 'users.list', {});
    expect(users.ok && users.value.map((u) => u.login).sort()).toEqual(['bia', 'marta']);
    const stored = await server.sql(
      (await b.core.floor.pool!.query('SELECT current_database() AS d')).rows[0].d as string,
      'SELECT password_hash FROM users',
    );
    expect(stored.map((r) => r.password_hash).join()).not.toContain(BIA.password);
  });

  it('two seats creating the same login at once: one succeeds, the other is told the login is taken', async () => {
    const [a, b] = await seats();
    const admin = await setupAdmin(a);
    expect((await b.call('b-admin', 'auth.login', { ...ADMIN, keepSignedIn: false })).ok).toBe(true);
    const save = (t: TestCore, key: string) =>
      t.call(key, 'users.save', { ...BIA, name: 'Bia', active: true, groupIds: [] });
    const results = await Promise.all([save(a, admin), save(b, 'b-admin')]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused && !refused.ok && refused.error.code).toBe('CONFLICT');
  });

  it("a seat whose own file already had users joins: the floor's accounts replace them there", async () => {
    const settings = await server.createDatabase();
    const a = await seat(settings);
    const admin = await setupAdmin(a);
    await createBia(a, admin, []);
    const ana = await a.call(admin, 'users.save', {
      login: 'ANA',
      name: 'Ana do Piso',
      password: 'senha-da-ana-do-piso',
      active: true,
      groupIds: [],
    });
    expect(ana.ok).toBe(true);
    // A desktop with the demo users (admin, ana — the same ids 1 and 2) joins the floor.
    const c = await createTestCore({
      clients: 10,
      options: { floor: { connection: settings, company: ACME } },
    });
    open.push(c);
    expect(await c.call('c1', 'auth.login', { login: 'admin', password: 'admin-demo-2026' })).toMatchObject({
      ok: false,
      error: { code: 'LOGIN_FAILED' },
    });
    expect(await c.call('c2', 'auth.login', { login: 'ana', password: 'atendente-demo' })).toMatchObject({
      ok: false,
      error: { code: 'LOGIN_FAILED' },
    });
    const onC = await c.call('c3', 'auth.login', {
      login: 'ana',
      password: 'senha-da-ana-do-piso',
      keepSignedIn: false,
    });
    expect(onC).toMatchObject({ ok: true, value: { name: 'Ana do Piso', permissions: [] } });
    const marta = await c.call('c4', 'auth.login', { ...ADMIN, keepSignedIn: false });
    expect(marta.ok).toBe(true);
    const users = await c.call('c4', 'users.list', {});
    expect(users.ok && users.value.map((u) => u.login).sort()).toEqual(['ANA', 'bia', 'marta']);
  });

  it('wrong passwords typed on seat A count on seat B', async () => {
    const [a, b] = await seats();
    const admin = await setupAdmin(a);
    await createBia(a, admin, []);
    for (let i = 0; i < FREE_FAILURES; i++) {
      const r = await a.call(`a-wrong-${i}`, 'auth.login', { login: 'bia', password: `errada-${i}-x` });
      expect(r).toMatchObject({ ok: false, error: { code: 'LOGIN_FAILED' } });
    }
    const onB = await b.call('b1', 'auth.login', { ...BIA, keepSignedIn: false });
    expect(onB).toMatchObject({ ok: false, error: { code: 'LOGIN_THROTTLED' } });
    expect(!onB.ok && onB.error.message).toMatch(/Aguarde \d+ s/);
    // The administrator on seat B sees the wait and unlocks it for every seat.
    expect((await b.call('b-admin', 'auth.login', { ...ADMIN, keepSignedIn: false })).ok).toBe(true);
    const listed = await b.call('b-admin', 'users.list', {});
    const bia = listed.ok ? listed.value.find((u) => u.login === 'bia') : undefined;
    expect(bia?.failedLoginAttempts).toBeGreaterThanOrEqual(FREE_FAILURES);
    expect(bia?.loginWaitSeconds).toBeGreaterThan(0);
    expect((await b.call('b-admin', 'users.unlockLogin', { id: bia!.id })).ok).toBe(true);
    expect((await a.call('a-bia', 'auth.login', { ...BIA, keepSignedIn: false })).ok).toBe(true);
  });

  it('parallel guesses on two seats: only the free attempts are checked across the floor', async () => {
    const [a, b] = await seats();
    const admin = await setupAdmin(a);
    await createBia(a, admin, []);
    const guesses = Array.from({ length: 16 }, (_, i) =>
      (i % 2 ? a : b).call(`g${i}`, 'auth.login', { login: 'bia', password: `chute-${i}-errado` }),
    );
    const codes = (await Promise.all(guesses)).map((r) => (r.ok ? 'OK' : r.error.code));
    expect(codes.filter((c) => c === 'LOGIN_FAILED')).toHaveLength(FREE_FAILURES);
    expect(codes.filter((c) => c === 'LOGIN_THROTTLED')).toHaveLength(16 - FREE_FAILURES);
  });
});

describe("a change on seat A reaches seat B's open sessions on their next call", () => {
  async function biaOnB(): Promise<{
    a: TestCore;
    b: TestCore;
    admin: string;
    groupId: number;
    biaId: number;
  }> {
    const [a, b] = await seats();
    const admin = await setupAdmin(a);
    const groupId = await createGroup(a, admin, 'Supervisores', ['settings.users', 'clients.editCredit']);
    const biaId = await createBia(a, admin, [groupId]);
    expect((await b.call('b-bia', 'auth.login', { ...BIA, keepSignedIn: false })).ok).toBe(true);
    expect((await b.call('b-bia', 'groups.list', {})).ok).toBe(true);
    return { a, b, admin, groupId, biaId };
  }

  it('a user disabled on A: her session on B ends with the pt-BR message', async () => {
    const { a, b, admin, groupId, biaId } = await biaOnB();
    const r = await a.call(admin, 'users.save', {
      id: biaId,
      login: 'bia',
      name: 'Bia Atendente',
      active: false,
      groupIds: [groupId],
    });
    expect(r.ok).toBe(true);
    const next = await b.call('b-bia', 'groups.list', {});
    expect(next).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(!next.ok && next.error.message).toBe('Sua sessão terminou. Entre novamente para continuar.');
    expect(await b.call('b-again', 'auth.login', { ...BIA, keepSignedIn: false })).toMatchObject({
      ok: false,
      error: { message: 'Este usuário está desativado. Fale com um administrador.' },
    });
  });

  it('a password reset on A: her session and "manter conectado" on B end; only the new password logs in', async () => {
    const { a, b, admin, groupId, biaId } = await biaOnB();
    // "Manter conectado" stays per seat: B's profile is remembered in B's own file only.
    const profile = memoryDeviceSlot();
    const remember = await b.registry.invoke(
      'auth.login',
      { ...BIA, keepSignedIn: true },
      { sessionKey: 'b-r', device: profile },
    );
    expect(remember.ok).toBe(true);
    const reopened = await b.registry.invoke('auth.status', {}, { sessionKey: 'b-r2', device: profile });
    expect(reopened).toMatchObject({ ok: true, value: { user: { login: 'bia' } } });
    const newPassword = 'nova-senha-da-bia-9';
    const r = await a.call(admin, 'users.save', {
      id: biaId,
      login: 'bia',
      name: 'Bia Atendente',
      password: newPassword,
      active: true,
      groupIds: [groupId],
    });
    expect(r.ok).toBe(true);
    expect(await b.call('b-bia', 'groups.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    const later = await b.registry.invoke('auth.status', {}, { sessionKey: 'b-r3', device: profile });
    expect(later).toMatchObject({ ok: true, value: { user: null } });
    expect((await b.call('b2', 'auth.login', { ...BIA, keepSignedIn: false })).ok).toBe(false);
    expect(
      (await b.call('b2', 'auth.login', { login: 'bia', password: newPassword, keepSignedIn: false })).ok,
    ).toBe(true);
  });

  it('a permission removed from her group on A: her next call on B is refused, her session stays', async () => {
    const { a, b, admin, groupId } = await biaOnB();
    const r = await a.call(admin, 'groups.save', {
      id: groupId,
      name: 'Supervisores',
      permissions: ['clients.editCredit'],
      maxCreditIncreaseCents: 100_000,
    } as never);
    expect(r.ok).toBe(true);
    const next = await b.call('b-bia', 'groups.list', {});
    expect(next).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(!next.ok && next.error.message).toContain('Configurações - Usuários e grupos');
    // The new cap applies as well, without logging in again.
    expect(await b.call('b-bia', 'auth.status', {})).toMatchObject({
      ok: true,
      value: { user: { login: 'bia', permissions: ['clients.editCredit'], maxCreditIncreaseCents: 100_000 } },
    });
  });

  it('"Sair de todos os dispositivos" on A ends her session and remembered profile on B', async () => {
    const { a, b } = await biaOnB();
    const profile = memoryDeviceSlot();
    const remembered = await b.registry.invoke(
      'auth.login',
      { ...BIA, keepSignedIn: true },
      { sessionKey: 'b-r', device: profile },
    );
    expect(remembered.ok).toBe(true);
    expect((await a.call('a-bia', 'auth.login', { ...BIA, keepSignedIn: false })).ok).toBe(true);
    expect((await a.call('a-bia', 'auth.logoutEverywhere', {})).ok).toBe(true);
    expect(await b.call('b-bia', 'groups.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    const reopened = await b.registry.invoke('auth.status', {}, { sessionKey: 'b-r2', device: profile });
    expect(reopened).toMatchObject({ ok: true, value: { user: null } });
    // Her password still works: she simply logs in again.
    expect((await b.call('b-bia', 'auth.login', { ...BIA, keepSignedIn: false })).ok).toBe(true);
    expect((await b.call('b-bia', 'groups.list', {})).ok).toBe(true);
  });

  it('an unchanged floor costs one version read per call, never a read of the accounts tables', async () => {
    const { b } = await biaOnB();
    const db = (await b.core.floor.pool!.query('SELECT current_database() AS d')).rows[0].d as string;
    // Another session holds the accounts tables: any read of them on seat B would wait here.
    const holder = new pg.Client({ ...server.admin, database: db });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(
        'LOCK TABLE users, user_groups, group_permissions, user_group_members, user_session_revocations IN ACCESS EXCLUSIVE MODE',
      );
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        expect((await b.call('b-bia', 'groups.list', {})).ok).toBe(true);
        expect(performance.now() - started).toBeLessThan(400);
      }
      const waiting = await holder.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = $1",
        [db],
      );
      expect(waiting.rows[0]).toEqual({ n: 0 });
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
  });
});

describe('the central database unreachable from a seat', () => {
  it('a logged-in agent keeps reading; a new login says "Sem conexão com o banco central"; it recovers', async () => {
    const settings = await server.createDatabase();
    const a = await seat(settings);
    const admin = await setupAdmin(a);
    const groupId = await createGroup(a, admin, 'Supervisores', ['settings.users']);
    await createBia(a, admin, [groupId]);
    const relay = await startRelay(settings);
    relays.push(relay);
    const b = await seat(relay.settings);
    expect((await b.call('b-bia', 'auth.login', { ...BIA, keepSignedIn: false })).ok).toBe(true);

    relay.cut();
    const started = Date.now();
    const read = await b.call('b-bia', 'groups.list', {});
    expect(read.ok && read.value.map((g) => g.name)).toEqual(['Administradores', 'Supervisores']);
    const login = await b.call('b-new', 'auth.login', { ...ADMIN, keepSignedIn: false });
    expect(login).toMatchObject({ ok: false, error: { code: 'FLOOR_UNREACHABLE' } });
    expect(!login.ok && login.error.message).toMatch(/^Sem conexão com o banco central\./);
    const save = await b.call('b-bia', 'users.save', {
      ...BIA,
      login: 'caio',
      name: 'Caio',
      active: true,
      groupIds: [],
    });
    expect(save).toMatchObject({ ok: false, error: { code: 'FLOOR_UNREACHABLE' } });
    expect((await b.call('b-bia', 'groups.list', {})).ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);

    relay.restore();
    expect((await b.call('b-new', 'auth.login', { ...ADMIN, keepSignedIn: false })).ok).toBe(true);
  });
});
