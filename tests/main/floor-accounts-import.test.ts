/**
 * The accounts step of the one-time import: an embedded desktop's users, groups, permissions
 * and caps land in an empty floor (real PostgreSQL) with their ids, and the same people log in
 * on a new seat with the same passwords and the same rights.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { floorKysely, openFloorPool } from '../../electron/main/floor/floor-db';
import { migrateFloor } from '../../electron/main/floor/floor-migrate';
import type { SharedSchema } from '../../electron/main/floor/shared-schema';
import { accountsImportStep } from '../../electron/main/floor/import/accounts.import';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';
import { ACME, startSeat } from './support/floor-accounts';
import { createTestCore } from './support/test-core';

let server: TestPostgres;
const open: { close(): void }[] = [];

beforeAll(async () => {
  server = await startEmbeddedPostgres();
}, 60_000);
afterAll(async () => server?.stop());
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

describe('import of a desktop’s accounts into an empty floor', () => {
  it('the same users log in on a new seat with the same rights and caps; new ids never clash', async () => {
    const desktop = await createTestCore({ clients: 10 });
    open.push(desktop);
    const onDesktop = await desktop.call('d', 'auth.login', { login: 'ana', password: 'atendente-demo' });
    // Liberação de crédito caps travel too.
    const adminKey = await desktop.loginAs('admin');
    const groups = await desktop.call(adminKey, 'groups.list', {});
    const agents = groups.ok ? groups.value.find((g) => g.name === 'Atendentes') : undefined;
    expect(agents).toBeDefined();
    await desktop.call(adminKey, 'groups.save', {
      ...agents!,
      maxOrderReleaseCents: 2_500_000,
      mayReleaseOverdue: false,
    });

    const settings = await server.createDatabase();
    const pool = openFloorPool(settings);
    try {
      await migrateFloor(pool, ACME);
      const report = await floorKysely<SharedSchema>(pool)
        .transaction()
        .execute((tx) => accountsImportStep.run(desktop.core.db, tx));
      const local = desktop.core.db
        .prepare(
          `SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM user_groups)
             + (SELECT count(*) FROM group_permissions) + (SELECT count(*) FROM user_group_members) AS n`,
        )
        .pluck()
        .get();
      expect(report.rows).toBe(local);
    } finally {
      await pool.end();
    }

    const seat = await startSeat(settings);
    open.push(seat);
    expect(await seat.call('s0', 'auth.status', {})).toMatchObject({
      ok: true,
      value: { needsSetup: false },
    });
    const onSeat = await seat.call('s', 'auth.login', { login: 'ana', password: 'atendente-demo' });
    expect(onSeat.ok && onDesktop.ok && onSeat.value).toEqual(onDesktop.ok && onDesktop.value);
    const admin = await seat.loginAs('admin');
    const seatGroups = await seat.call(admin, 'groups.list', {});
    expect(seatGroups.ok && seatGroups.value.find((g) => g.name === 'Atendentes')).toMatchObject({
      maxCreditIncreaseCents: 500_000,
      maxOrderReleaseCents: 2_500_000,
      mayReleaseOverdue: false,
    });
    const created = await seat.call(admin, 'users.save', {
      login: 'caio',
      name: 'Caio Novo',
      password: 'senha-do-caio-1',
      active: true,
      groupIds: [agents!.id],
    });
    expect(created.ok && created.value.id).toBeGreaterThan(2);
    const g = await seat.call(admin, 'groups.save', {
      name: 'Supervisores',
      permissions: [],
      maxCreditIncreaseCents: null,
    });
    expect(g.ok && g.value.id).toBeGreaterThan(2);
  });
});
