/**
 * Joining and leaving the floor through the registry, on a real PostgreSQL that goes down and
 * comes back: admins only; the password never lands in clear on disk; the seat switches at once,
 * goes offline when the server stops (shared writes refused in pt-BR, local reads still served)
 * and online again when it returns; a restart rejoins; leaving goes back to the local file.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertFloorWritable, withFloorWrite } from '../../electron/main/floor/floor-controller';
import { getSetting } from '../../electron/main/db/repos/settings.repo';
import { parseMachinePolicy } from '../../electron/main/policy/machine-policy';
import type { FloorConnectionInput } from '../../shared/forms/floor-connection.schema';
import type { FloorStatus } from '../../shared/ipc/dto/floor';
import type { TestPostgres } from '../../tools/floor/embedded-postgres';
import {
  FLOOR_TEST_PASSWORD,
  createFloorSeat,
  startRestartablePostgres,
  waitForFloorState,
} from './support/floor-join';

let server: TestPostgres;
beforeAll(async () => {
  server = await startRestartablePostgres();
}, 60_000);
afterAll(async () => server?.stop());

const ACME = { companyId: '11222333000181', companyName: 'Acme Atendimento Ltda' };
const input = (database: string, password: string | null = FLOOR_TEST_PASSWORD): FloorConnectionInput => ({
  host: '127.0.0.1',
  port: server.port,
  database,
  user: 'postgres',
  password,
  sslMode: 'disable',
  ...ACME,
});

describe('Configurações → Banco central', () => {
  it('only an admin may test or join', async () => {
    const seat = await createFloorSeat();
    try {
      const ana = await seat.loginAs('ana');
      const r = await seat.call(ana, 'floor.test', input('postgres'));
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await seat.call(ana, 'floor.join', input('postgres'))).toMatchObject({ ok: false });
      expect(seat.core.floor.mode).toBe('embedded');
    } finally {
      seat.close();
    }
  });

  it('join, go offline and back, restart, leave', async () => {
    await server.createDatabase('central_join');
    const seat = await createFloorSeat();
    let again: Awaited<ReturnType<typeof createFloorSeat>> | null = null;
    try {
      const admin = await seat.loginAs('admin');
      const wrong = await seat.call(admin, 'floor.test', input('central_join', 'errada'));
      expect(wrong).toMatchObject({ ok: true, value: { kind: 'authFailed' } });
      expect(wrong.ok && wrong.value.message).toMatch(/^Senha incorreta/);
      expect(await seat.call(admin, 'floor.join', input('central_join', 'errada'))).toMatchObject({
        ok: false,
        error: { code: 'FLOOR_AUTH_FAILED' },
      });
      const right = await seat.call(admin, 'floor.test', input('central_join'));
      expect(right).toMatchObject({ ok: true, value: { kind: 'empty' } });

      const events: FloorStatus[] = [];
      seat.core.events.subscribe((e, p) => e === 'floor.status' && events.push(p as FloorStatus));
      const joined = await seat.call(admin, 'floor.join', input('central_join'));
      expect(joined).toMatchObject({ ok: true, value: { status: { state: 'online' }, passwordSaved: true } });
      expect(seat.core.floor.mode).toBe('floor');
      expect(events.map((e) => e.state)).toEqual(['online']);
      // The password is sealed by the secret store: not in the settings, not anywhere in the file.
      expect(getSetting(seat.core.db, 'floor.connection')).not.toContain(FLOOR_TEST_PASSWORD);
      seat.core.db.pragma('wal_checkpoint(TRUNCATE)');
      expect(fs.readFileSync(seat.core.databasePath).includes(FLOOR_TEST_PASSWORD)).toBe(false);
      expect(await server.sql('central_join', 'SELECT company_name FROM floor_meta')).toEqual([
        { company_name: ACME.companyName },
      ]);

      await server.pause();
      await waitForFloorState(seat.core, 'offline');
      expect(() => assertFloorWritable(seat.core)).toThrow(/^Sem conexão com o banco central/);
      const status = await seat.call(admin, 'floor.status', {});
      expect(status).toMatchObject({ ok: true, value: { state: 'offline' } });
      // The local cache keeps answering.
      const search = await seat.call(admin, 'clients.search', { query: 'a', limit: 5 });
      expect(search.ok && search.value.length).toBeGreaterThan(0);

      await server.resume();
      await waitForFloorState(seat.core, 'online');
      expect(() => assertFloorWritable(seat.core)).not.toThrow();
      expect(events.map((e) => e.state)).toEqual(['online', 'offline', 'online']);

      // A restart rejoins from what was saved, password unsealed by the secret store.
      seat.close();
      again = await createFloorSeat({ dataDir: seat.dataDir });
      expect(again.core.floor.mode).toBe('floor');
      expect(again.core.floorController.status().state).toBe('online');
      const admin2 = await again.loginAs('admin');
      const view = await again.call(admin2, 'floor.settings.get', {});
      expect(view).toMatchObject({
        ok: true,
        value: {
          connection: { database: 'central_join', companyName: ACME.companyName },
          lockedByPolicy: false,
        },
      });
      // A blank password on a new test reuses the saved one.
      expect(await again.call(admin2, 'floor.test', input('central_join', null))).toMatchObject({
        ok: true,
        value: { kind: 'empty' },
      });

      const left = await again.call(admin2, 'floor.leave', {});
      expect(left).toMatchObject({ ok: true, value: { status: { state: 'embedded' }, connection: null } });
      expect(again.core.floor.mode).toBe('embedded');
      expect(() => assertFloorWritable(again!.core)).not.toThrow();
    } finally {
      again?.close();
      seat.close();
      if (again) fs.rmSync(seat.dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('a seat whose central database is down at start opens offline and goes online when it answers', async () => {
    await server.createDatabase('central_late');
    const seat = await createFloorSeat();
    const admin = await seat.loginAs('admin');
    expect(await seat.call(admin, 'floor.join', input('central_late'))).toMatchObject({ ok: true });
    seat.close();
    await server.pause();
    const later = await createFloorSeat({ dataDir: seat.dataDir });
    try {
      expect(later.core.floorController.status().state).toBe('offline');
      // No new login while the central database is down (accounts are the floor's); F9 works.
      expect(
        await later.call('late-ana', 'auth.login', { login: 'ana', password: 'atendente-demo' }),
      ).toMatchObject({
        ok: false,
        error: { code: 'FLOOR_UNREACHABLE' },
      });
      await server.resume();
      await waitForFloorState(later.core, 'online');
    } finally {
      later.close();
      fs.rmSync(seat.dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('a connection set by the machine policy is shown read-only and cannot be changed or left', async () => {
    await server.createDatabase('central_policy');
    const policy = parseMachinePolicy(
      JSON.stringify({
        floor: {
          host: '127.0.0.1',
          port: server.port,
          database: 'central_policy',
          user: 'postgres',
          password: FLOOR_TEST_PASSWORD,
          sslMode: 'disable',
          ...ACME,
        },
      }),
      '/etc/central/policy.json',
    );
    const seat = await createFloorSeat({ policy });
    try {
      expect(seat.core.floorController.status().state).toBe('online');
      const admin = await seat.loginAs('admin');
      expect(await seat.call(admin, 'floor.settings.get', {})).toMatchObject({
        ok: true,
        value: { lockedByPolicy: true, connection: { database: 'central_policy' } },
      });
      const left = await seat.call(admin, 'floor.leave', {});
      expect(left).toMatchObject({ ok: false, error: { code: 'POLICY_LOCKED' } });
      expect(!left.ok && left.error.message).toContain('política da máquina');
      expect(await seat.call(admin, 'floor.join', input('central_policy'))).toMatchObject({
        ok: false,
        error: { code: 'POLICY_LOCKED' },
      });
    } finally {
      seat.close();
      fs.rmSync(seat.dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('a shared write that meets a stopped server turns the seat offline at once; import runs once, joined only', async () => {
    await server.createDatabase('central_write');
    // A heartbeat far away: only the failed write can tell the seat it is offline.
    const seat = await createFloorSeat({ heartbeatMs: 600_000 });
    try {
      const admin = await seat.loginAs('admin');
      expect(await seat.call(admin, 'floor.import', {})).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: expect.stringContaining('modo local') as string },
      });
      expect(await seat.call(admin, 'floor.join', input('central_write'))).toMatchObject({ ok: true });
      const report = await seat.call(admin, 'floor.import', {});
      // The demo desktop's users, settings, client records, ledger and credit, step by step.
      expect(report.ok && report.value.steps.map((st) => st.id)).toEqual([
        'accounts',
        'settings',
        'client-records',
        'ledger',
        'credit',
        'job-runs',
      ]);
      expect(report.ok && report.value.totalRows).toBeGreaterThan(0);
      const again = await seat.call(admin, 'floor.import', {});
      expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(!again.ok && again.error.message).toContain('Nada foi importado');

      await server.pause();
      expect(seat.core.floorController.status().state).toBe('online');
      const pool = seat.core.floor.pool!;
      const write = await withFloorWrite(seat.core, () => pool.query('SELECT 1')).catch((e: unknown) => e);
      expect(write).toMatchObject({ code: 'FLOOR_UNREACHABLE', key: 'floor.unreachable' });
      expect(seat.core.floorController.status().state).toBe('offline');
      await server.resume();
      // Reconnect attempts (backoff), not the far heartbeat, bring it back.
      await waitForFloorState(seat.core, 'online', 15_000);
    } finally {
      seat.close();
      fs.rmSync(seat.dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
