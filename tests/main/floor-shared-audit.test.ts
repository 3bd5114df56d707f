/**
 * Floor mode, Histórico of settings and accounts changes: written to the central audit_log with
 * the change, so an admin on seat B sees "Usuário criado" made on seat A (two seats, one real
 * PostgreSQL). And every seat ends up with the same Histórico: no entry a seat wrote is lost or
 * overwritten by another seat's entry with the same id (the old known limit).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/ipc/dto/auth';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';
import { startSeat } from './support/floor-accounts';
import type { TestCore } from './support/test-core';

let server: TestPostgres;
const open: { close(): void }[] = [];

beforeAll(async () => {
  server = await startEmbeddedPostgres();
}, 60_000);
afterAll(async () => server?.stop());
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

const ADMIN = { name: 'Marta Admin', login: 'marta', password: 'senha-da-marta-1' };

async function floorOfTwo(): Promise<{ a: TestCore; b: TestCore; database: string }> {
  const settings = await server.createDatabase();
  const a = await startSeat(settings);
  open.push(a);
  const b = await startSeat(settings);
  open.push(b);
  expect((await a.call('a-admin', 'auth.setup', ADMIN)).ok).toBe(true);
  expect((await b.call('b-admin', 'auth.login', { ...ADMIN, keepSignedIn: false })).ok).toBe(true);
  return { a, b, database: settings.database };
}

async function history(t: TestCore, session: string): Promise<AuditEntry[]> {
  const r = await t.call(session, 'audit.list', { offset: 0, limit: 200 });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.rows;
}

/** Waits until the seat's Histórico has `n` entries (the change feed brings them within 2 s). */
async function historyOf(t: TestCore, session: string, n: number): Promise<AuditEntry[]> {
  const until = Date.now() + 5_000;
  for (;;) {
    const rows = await history(t, session);
    if (rows.length >= n || Date.now() > until) return rows;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const brief = (rows: AuditEntry[]) =>
  rows.map((r) => ({ id: r.id, entity: r.entity, entityId: r.entityId, userName: r.userName, at: r.at }));

describe('Histórico of settings and accounts shared by the floor', () => {
  it('users and groups made on seat A show on seat B with who made them, and the reverse', async () => {
    const { a, b, database } = await floorOfTwo();
    const group = await a.call('a-admin', 'groups.save', {
      name: 'Atendimento',
      permissions: ['clients.edit'],
      maxCreditIncreaseCents: 100_000,
    } as never);
    if (!group.ok) throw new Error(group.error.message);
    const bia = await a.call('a-admin', 'users.save', {
      login: 'bia',
      password: 'senha-da-bia-123',
      name: 'Bia Atendente',
      active: true,
      groupIds: [group.value.id],
    });
    if (!bia.ok) throw new Error(bia.error.message);
    // Seat B unlocks Bia: seat A's admin sees it.
    expect((await b.call('b-admin', 'users.unlockLogin', { id: bia.value.id })).ok).toBe(true);

    const onB = await historyOf(b, 'b-admin', 4);
    const about = (rows: AuditEntry[], entity: string, entityId: number) =>
      rows.filter((r) => r.entity === entity && r.entityId === String(entityId)).map((r) => r.action);
    expect(about(onB, 'user', bia.value.id).length).toBe(2);
    expect(onB.every((r) => r.userName === 'Marta Admin')).toBe(true);
    expect(about(onB, 'group', group.value.id)).toHaveLength(1);
    const created = onB.find(
      (r) => r.entity === 'user' && r.entityId === String(bia.value.id) && r.changes.login,
    );
    expect(created?.changes.login).toEqual({ before: null, after: 'bia' });
    const onA = await historyOf(a, 'a-admin', 4);
    expect(brief(onA)).toEqual(brief(onB));
    const central = await server.sql<{ n: number }>(database, 'SELECT count(*)::int AS n FROM audit_log');
    expect(central[0]?.n).toBe(onA.length);
  });

  it('a settings change saved on seat B is in seat A’s Histórico, written centrally with the setting', async () => {
    const { a, b, database } = await floorOfTwo();
    const before = (await historyOf(a, 'a-admin', 1)).length;
    const r = await b.call('b-admin', 'integration.settings.save', {
      syncTime: '02:30',
      maxHoursWithoutSuccess: 30,
    });
    if (!r.ok) throw new Error(r.error.message);
    const rows = await server.sql<{ entity_id: string; user_name: string }>(
      database,
      "SELECT entity_id, user_name FROM audit_log WHERE entity = 'settings'",
    );
    expect(rows).toEqual([{ entity_id: 'integration', user_name: 'Marta Admin' }]);
    const onA = await historyOf(a, 'a-admin', before + 1);
    const entry = onA.find((e) => e.entity === 'settings');
    expect(entry).toMatchObject({ entityId: 'integration', userName: 'Marta Admin' });
    expect(entry?.changes.syncTime).toMatchObject({ after: '02:30' });
    // The seat that saved shows it too, once.
    const onB = await historyOf(b, 'b-admin', before + 1);
    expect(onB.filter((e) => e.entity === 'settings')).toHaveLength(1);
  });

  it('both seats writing Histórico at once: every entry is kept once, the same on both seats', async () => {
    const { a, b, database } = await floorOfTwo();
    // Seat A changes settings while seat B creates users: before, A's entry took "largest id + 1"
    // locally, the id B's central entry also had, and one of them was overwritten on some seat.
    await Promise.all([
      ...[1, 2, 3].map((i) =>
        a.call('a-admin', 'integration.settings.save', {
          syncTime: `0${i}:15`,
          maxHoursWithoutSuccess: 20 + i,
        }),
      ),
      ...[1, 2, 3].map((i) =>
        b.call('b-admin', 'users.save', {
          login: `agente${i}`,
          password: 'senha-do-agente-1',
          name: `Agente ${i}`,
          active: true,
          groupIds: [],
        }),
      ),
    ]).then((rs) => rs.forEach((r) => expect(r.ok).toBe(true)));
    const central = await server.sql<{ id: number; entity: string }>(
      database,
      'SELECT id::int AS id, entity FROM audit_log ORDER BY id',
    );
    // The first setup, three settings saves, three users.
    expect(central).toHaveLength(7);
    const onA = await historyOf(a, 'a-admin', 7);
    const onB = await historyOf(b, 'b-admin', 7);
    expect(onA.map((r) => r.id).sort((x, y) => x - y)).toEqual(central.map((r) => r.id));
    expect(brief(onA)).toEqual(brief(onB));
  });
});
