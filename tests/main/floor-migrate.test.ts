/**
 * The central database's schema, on a real PostgreSQL: a new database is claimed for the
 * company, seats starting at once migrate it once, and a seat never joins a database of a
 * newer schema or of another company.
 */
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  floorKysely,
  localKysely,
  openFloorPool,
  type FloorConnectionSettings,
} from '../../electron/main/floor/floor-db';
import { loadFloorMigrations, migrateFloor } from '../../electron/main/floor/floor-migrate';
import { messageFor } from '../../shared/ipc/messages';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';

const ACME = { id: '11222333000181', name: 'Acme Atendimento Ltda' };
let server: TestPostgres;
const pools: pg.Pool[] = [];

beforeAll(async () => {
  server = await startEmbeddedPostgres();
}, 60_000);
afterAll(async () => server?.stop());
afterEach(async () => {
  for (const p of pools.splice(0)) await p.end();
});

async function newDatabase(): Promise<{ settings: FloorConnectionSettings; pool: pg.Pool }> {
  const settings = await server.createDatabase();
  const pool = openFloorPool(settings);
  pools.push(pool);
  return { settings, pool };
}

describe('central database migrations', () => {
  it('an empty database is brought to the newest schema and claimed for the company', async () => {
    const { settings, pool } = await newDatabase();
    const state = await migrateFloor(pool, ACME);
    const all = loadFloorMigrations().map((m) => m.version);
    expect(state.applied).toEqual(all);
    const meta = await server.sql(settings.database, 'SELECT company_id, company_name FROM floor_meta');
    expect(meta).toEqual([{ company_id: ACME.id, company_name: ACME.name }]);
    expect((await migrateFloor(pool, ACME)).applied).toEqual([]);
  });

  it('seats starting at once migrate it exactly once', async () => {
    const { settings } = await newDatabase();
    const seats = Array.from({ length: 4 }, () => {
      const p = openFloorPool(settings);
      pools.push(p);
      return p;
    });
    const states = await Promise.all(seats.map((p) => migrateFloor(p, ACME)));
    expect(states.filter((s) => s.applied.length > 0)).toHaveLength(1);
    const rows = await server.sql(settings.database, 'SELECT count(*)::int AS n FROM floor_meta');
    expect(rows[0]).toEqual({ n: 1 });
  });

  it('a database of another company is refused, naming it, and nothing is written', async () => {
    const { settings, pool } = await newDatabase();
    await migrateFloor(pool, ACME);
    const before = await server.sql(settings.database, 'SELECT version FROM floor_migrations ORDER BY 1');
    const error = await migrateFloor(pool, { id: '99888777000100', name: 'Outra' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ key: 'floor.otherCompany' });
    expect(messageFor('floor.otherCompany', { found: ACME.name })).toContain('Acme Atendimento Ltda');
    expect(await server.sql(settings.database, 'SELECT version FROM floor_migrations ORDER BY 1')).toEqual(
      before,
    );
  });

  it('a database already at a newer schema is refused with both versions', async () => {
    const { settings, pool } = await newDatabase();
    await migrateFloor(pool, ACME);
    await server.sql(
      settings.database,
      "INSERT INTO floor_migrations (version, name) VALUES (9999, 'futura')",
    );
    const error = await migrateFloor(pool, ACME).catch((e: unknown) => e);
    expect(error).toMatchObject({ key: 'floor.schemaNewer', details: { found: 9999 } });
  });

  it('a migration that fails leaves the database as it was', async () => {
    const { settings, pool } = await newDatabase();
    const broken = [...loadFloorMigrations(), { version: 9000, name: 'quebrada', sql: 'SELECT * FROM nada' }];
    await expect(migrateFloor(pool, ACME, broken)).rejects.toThrow(/nada/);
    const tables = await server.sql(
      settings.database,
      "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'",
    );
    expect(tables[0]).toEqual({ n: 0 });
  });
});

describe('one query builder for both engines', () => {
  interface Schema {
    notes: { id: number; body: string; amount_cents: number };
  }
  it('the same Kysely query returns the same rows from PostgreSQL and SQLite', async () => {
    const { pool } = await newDatabase();
    const pgDb = floorKysely<Schema>(pool);
    const sqlite = new Database(':memory:');
    const liteDb = localKysely<Schema>(sqlite);
    const rows: unknown[] = [];
    for (const db of [pgDb, liteDb]) {
      await sql`CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL, amount_cents bigint NOT NULL)`.execute(
        db,
      );
      await db
        .insertInto('notes')
        .values([
          { id: 1, body: 'Ligar amanhã', amount_cents: 9_007_199_254 },
          { id: 2, body: 'Boleto enviado', amount_cents: 150 },
        ])
        .execute();
      rows.push(
        await db.selectFrom('notes').selectAll().where('amount_cents', '>', 100).orderBy('id').execute(),
      );
    }
    expect(rows[0]).toEqual(rows[1]);
    expect(rows[0]).toEqual([
      { id: 1, body: 'Ligar amanhã', amount_cents: 9_007_199_254 },
      { id: 2, body: 'Boleto enviado', amount_cents: 150 },
    ]);
    sqlite.close();
  });
});

describe('a seat joining its floor', () => {
  it('a core given the central database runs in floor mode; a seat of another company does not start', async () => {
    const { createTestCore } = await import('./support/test-core');
    const settings = await server.createDatabase();
    const t = await createTestCore({
      demo: false,
      options: { floor: { connection: settings, company: ACME } },
    });
    expect(t.core.floor.mode).toBe('floor');
    expect(t.core.floor.company).toEqual(ACME);
    await t.core.floor.close();
    t.close();
    await expect(
      createTestCore({
        demo: false,
        options: { floor: { connection: settings, company: { id: '1', name: 'Outra' } } },
      }),
    ).rejects.toMatchObject({ key: 'floor.otherCompany' });
  });
});
