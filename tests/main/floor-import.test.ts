/**
 * "Importar dados deste computador" on a real PostgreSQL: every step in one central
 * transaction (a failing step leaves nothing behind), a report of rows per step in pt-BR, and
 * a database that already has data, or was imported once, refused.
 */
import Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { floorKysely, openFloorPool } from '../../electron/main/floor/floor-db';
import { migrateFloor } from '../../electron/main/floor/floor-migrate';
import { importIntoFloor } from '../../electron/main/floor/import/floor-import';
import type { FloorImportStep } from '../../electron/main/floor/import/import-step';
import type { SharedSchema } from '../../electron/main/floor/shared-schema';
import type { FloorImportProgress } from '../../shared/ipc/dto/floor';
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

/** Ended after each test; a connection the server ends at shutdown is not an error here. */
function track(pool: pg.Pool): pg.Pool {
  pool.on('error', () => undefined);
  pools.push(pool);
  return pool;
}

/** A claimed central database with one shared table, and a desktop file with three notes. */
async function setup() {
  const settings = await server.createDatabase();
  const pool = track(openFloorPool(settings));
  await migrateFloor(pool, ACME);
  await server.sql(settings.database, 'CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL)');
  const local = new Database(':memory:');
  local.exec(
    "CREATE TABLE notes (id integer PRIMARY KEY, body text); INSERT INTO notes VALUES (1,'a'),(2,'b'),(3,'c')",
  );
  return { settings, pool, central: floorKysely<SharedSchema>(pool), local };
}

/** A step as another part writes one: copies the desktop's notes. */
const notesStep: FloorImportStep = {
  id: 'notes',
  label: 'Anotações',
  async run(local, central) {
    const rows = local.prepare('SELECT id, body FROM notes').all() as { id: number; body: string }[];
    for (const r of rows)
      await sql`INSERT INTO notes (id, body) VALUES (${r.id}, ${r.body})`.execute(central);
    return { rows: rows.length };
  },
};
const failing: FloorImportStep = {
  id: 'broken',
  label: 'Passo quebrado',
  run: async (_l, central: Kysely<SharedSchema>) => {
    await sql`SELECT * FROM tabela_que_nao_existe`.execute(central);
    return { rows: 0 };
  },
};

describe('floor import', () => {
  it('copies every step in order and reports rows per step with pt-BR labels', async () => {
    const { settings, central, local } = await setup();
    const progress: FloorImportProgress[] = [];
    const report = await importIntoFloor(local, central, [notesStep], {
      now: () => new Date('2026-12-02T15:00:00Z'),
      seat: 'PC-01',
      onProgress: (p) => progress.push(p),
    });
    expect(report.steps).toEqual([{ id: 'notes', label: 'Anotações', rows: 3 }]);
    expect(report.totalRows).toBe(3);
    expect(progress.map((p) => [p.stepId, p.done])).toEqual([
      ['notes', false],
      ['notes', true],
    ]);
    expect(await server.sql(settings.database, 'SELECT id, body FROM notes ORDER BY id')).toEqual([
      { id: 1, body: 'a' },
      { id: 2, body: 'b' },
      { id: 3, body: 'c' },
    ]);
    expect(await server.sql(settings.database, 'SELECT seat FROM floor_imports')).toEqual([
      { seat: 'PC-01' },
    ]);
  });

  it('a failing step rolls back the steps before it: the central database stays empty', async () => {
    const { settings, central, local } = await setup();
    await expect(importIntoFloor(local, central, [notesStep, failing])).rejects.toThrow(
      /tabela_que_nao_existe/,
    );
    expect(await server.sql(settings.database, 'SELECT count(*)::int AS n FROM notes')).toEqual([{ n: 0 }]);
    expect(await server.sql(settings.database, 'SELECT count(*)::int AS n FROM floor_imports')).toEqual([
      { n: 0 },
    ]);
    // Nothing was spent: the import can be run again once the step is fixed.
    expect((await importIntoFloor(local, central, [notesStep])).totalRows).toBe(3);
  });

  it('a database with shared data is refused, naming the table, and nothing is written', async () => {
    const { settings, central, local } = await setup();
    await server.sql(settings.database, "INSERT INTO notes VALUES (99, 'de outro computador')");
    const error = await importIntoFloor(local, central, [notesStep]).catch((e: unknown) => e);
    expect(error).toMatchObject({ key: 'floor.importNotEmpty', code: 'CONFLICT' });
    expect((error as Error).message).toContain('tabela notes');
    expect(await server.sql(settings.database, 'SELECT id FROM notes')).toEqual([{ id: 99 }]);
  });

  it('a second import, even of nothing, is refused; two seats importing at once import once', async () => {
    const { settings, central, local } = await setup();
    const empty = await setup();
    await importIntoFloor(empty.local, empty.central, []);
    await expect(importIntoFloor(empty.local, empty.central, [notesStep])).rejects.toMatchObject({
      key: 'floor.importNotEmpty',
    });
    const other = track(openFloorPool(settings));
    const both = await Promise.allSettled([
      importIntoFloor(local, central, [notesStep]),
      importIntoFloor(local, floorKysely<SharedSchema>(other), [notesStep]),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await server.sql(settings.database, 'SELECT count(*)::int AS n FROM notes')).toEqual([{ n: 3 }]);
  });
});
