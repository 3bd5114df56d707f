/**
 * Runtime join (issue 18): after Configurações → Banco central → Entrar, with no restart, the
 * seat follows the floor at once — the change feed brings what other seats save, the shared
 * settings and the floor's users are there, and jobs take the floor's lease; Sair stops them.
 * Two seats, one real PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSetting } from '../../electron/main/db/repos/settings.repo';
import { importThisDesktop } from '../../electron/main/services/floor/floor-import.service';
import type { FloorConnectionInput } from '../../shared/forms/floor-connection.schema';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';
import { FLOOR_TEST_PASSWORD, createFloorSeat } from './support/floor-join';
import { testFloorPolicy } from './support/floor-policy';
import { ACME, clientPart, openSeat, removeSeatFolder } from './support/floor-replication';

let server: TestPostgres;
beforeAll(async () => {
  server = await startEmbeddedPostgres({ password: FLOOR_TEST_PASSWORD });
}, 60_000);
afterAll(async () => server?.stop());

const CLIENT = 7;
const BIA = { login: 'bia', password: 'senha-da-bia-123' };

const input = (database: string): FloorConnectionInput => ({
  host: '127.0.0.1',
  port: server.port,
  database,
  user: 'postgres',
  password: FLOOR_TEST_PASSWORD,
  sslMode: 'disable',
  companyId: ACME.id,
  companyName: ACME.name,
});

const activityTitles = (db: { prepare(s: string): { all(...a: unknown[]): unknown[] } }) =>
  (
    db.prepare('SELECT title FROM client_activities WHERE client_id = ?').all(CLIENT) as { title: string }[]
  ).map((r) => r.title);

describe('joining the floor at run time', () => {
  it('Entrar: the feed, settings, accounts and job leases follow at once; Sair stops them', async () => {
    const settings = await server.createDatabase('central_live');
    // Seat A was joined at start and brought its desktop's data; a user and a setting are shared.
    const a = await openSeat(settings);
    const b = await createFloorSeat({ policy: testFloorPolicy() });
    try {
      await importThisDesktop(a.core);
      const adminA = await a.login('admin');
      const anaA = await a.login('ana');
      await a.value(adminA, 'users.save', { ...BIA, name: 'Bia Atendente', active: true, groupIds: [] });
      await server.sql(
        'central_live',
        `INSERT INTO app_settings (key, value) VALUES ('ticket.autoCloseDays', '"12"')
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      );
      await a.value(anaA, 'clientActivities.create', {
        clientId: CLIENT,
        kind: 'call',
        title: 'Antes da entrada de B',
        dueAt: '2026-12-03T13:00:00.000Z',
      });

      const adminB = await b.loginAs('admin');
      expect(b.core.jobLeases).toBeDefined();
      const joined = await b.call(adminB, 'floor.join', input('central_live'));
      expect(joined).toMatchObject({ ok: true, value: { status: { state: 'online' } } });

      // No restart: what the floor holds is on B now.
      expect(getSetting(b.core.db, 'ticket.autoCloseDays')).toBe('"12"');
      expect((await b.call('b-bia', 'auth.login', BIA)).ok).toBe(true);
      await b.core.replicator.pullNow();
      expect(activityTitles(b.core.db)).toContain('Antes da entrada de B');

      // Live: what A saves now reaches B within 2 s.
      const seen = new Promise<number>((resolve) => {
        const off = b.core.events.subscribe((event, payload) => {
          if (clientPart(CLIENT, 'activities')({ event, payload, at: 0 })) {
            off();
            resolve(performance.now());
          }
        });
      });
      const since = performance.now();
      await a.value(anaA, 'clientActivities.create', {
        clientId: CLIENT,
        kind: 'task',
        title: 'Depois da entrada de B',
        dueAt: '2026-12-04T13:00:00.000Z',
      });
      expect((await seen) - since).toBeLessThan(2_000);
      expect(activityTitles(b.core.db)).toContain('Depois da entrada de B');

      // Jobs run once per floor: B competes for the floor's lease row.
      const ran = await b.core.jobLeases.runOncePerFloor('teste-entrada', async (l) => l.mode, {
        slot: null,
      });
      expect(ran).toEqual({ ran: true, value: 'floor' });
      expect(
        await server.sql(
          'central_live',
          "SELECT count(*)::int AS n FROM job_leases WHERE job = 'teste-entrada'",
        ),
      ).toEqual([{ n: 1 }]);

      // Sair: the feed stops at once and jobs are this desktop's alone again.
      const adminB2 = await b.loginAs('admin');
      expect(await b.call(adminB2, 'floor.leave', {})).toMatchObject({ ok: true });
      expect(b.core.replicator.listening()).toBe(false);
      await a.value(anaA, 'clientActivities.create', {
        clientId: CLIENT,
        kind: 'task',
        title: 'Depois da saída de B',
        dueAt: '2026-12-05T13:00:00.000Z',
      });
      await new Promise((r) => setTimeout(r, 800));
      expect(activityTitles(b.core.db)).not.toContain('Depois da saída de B');
      const alone = await b.core.jobLeases.runOncePerFloor('teste-entrada', async (l) => l.mode, {
        slot: null,
      });
      expect(alone).toEqual({ ran: true, value: 'embedded' });
    } finally {
      b.close();
      await a.close();
      removeSeatFolder(a);
    }
  });

  it('a seat joined to an empty floor keeps its client records for the import', async () => {
    await server.createDatabase('central_empty');
    const b = await createFloorSeat({ policy: testFloorPolicy() });
    try {
      const before = b.core.db.prepare('SELECT count(*) AS n FROM client_activities').get() as { n: number };
      expect(before.n).toBeGreaterThan(0);
      const admin = await b.loginAs('admin');
      expect((await b.call(admin, 'floor.join', input('central_empty'))).ok).toBe(true);
      await b.core.replicator.pullNow();
      expect(b.core.db.prepare('SELECT count(*) AS n FROM client_activities').get()).toEqual(before);
      const report = await b.call(admin, 'floor.import', {});
      expect(report.ok).toBe(true);
      const central = await server.sql<{ n: number }>(
        'central_empty',
        'SELECT count(*)::int AS n FROM client_activities',
      );
      expect(central[0]!.n).toBe(before.n);
    } finally {
      b.close();
    }
  });
});
