/**
 * Numbered PostgreSQL migrations of the central database (`db/floor-migrations/NNNN-slug.sql`,
 * the same file pattern as the SQLite ones). Every desktop of the floor may start at once, so
 * a transaction-scoped advisory lock lets one apply them while the others wait and then find
 * nothing to do. A database of a newer schema (a seat not yet updated) and one that belongs
 * to another company are refused before anything is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { AppFailure } from '../../../shared/ipc/result';
import { latestSchemaVersion, loadMigrations, type Migration } from '../db/migrate';

/** Any constant: the key of the advisory lock every seat takes while migrating. */
const MIGRATION_LOCK = 4_207_311_001;

export interface FloorCompany {
  /** Stable id of the company (e.g. its CNPJ digits) the seat was provisioned for. */
  id: string;
  name: string;
}

export interface FloorSchemaState {
  version: number;
  applied: number[];
  company: FloorCompany;
}

/** Next to the sources in development and tests, under resources/ in the packaged app. */
export function floorMigrationsDir(): string {
  const resources = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  const candidates = [
    process.env.CENTRAL_FLOOR_MIGRATIONS_DIR,
    path.join(process.cwd(), 'db', 'floor-migrations'),
    path.join(__dirname, '..', '..', 'db', 'floor-migrations'),
    resources ? path.join(resources, 'floor-migrations') : undefined,
  ].filter((c): c is string => typeof c === 'string');
  const found = candidates.find((c) => fs.existsSync(path.join(c, '0001-floor-meta.sql')));
  if (!found) throw new AppFailure('app.migrationsMissing', { searched: candidates });
  return found;
}

export const loadFloorMigrations = (): Migration[] => loadMigrations(floorMigrationsDir());

/**
 * Brings the central database to the newest schema this build knows, claiming it for
 * `company` when it is empty. Each migration and its record commit together.
 */
export async function migrateFloor(
  pool: pg.Pool,
  company: FloorCompany,
  migrations: Migration[] = loadFloorMigrations(),
): Promise<FloorSchemaState> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS floor_migrations (
         version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = new Set(
      (await client.query<{ version: number }>('SELECT version FROM floor_migrations')).rows.map(
        (r) => r.version,
      ),
    );
    const known = latestSchemaVersion(migrations);
    const found = Math.max(0, ...done);
    if (found > known) throw new AppFailure('floor.schemaNewer', { found, known });
    if (done.has(1)) await assertCompany(client, company);
    const applied: number[] = [];
    for (const m of migrations.filter((x) => !done.has(x.version))) {
      await client.query(m.sql);
      await client.query('INSERT INTO floor_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
      if (m.version === 1)
        await client.query('INSERT INTO floor_meta (id, company_id, company_name) VALUES (1, $1, $2)', [
          company.id,
          company.name,
        ]);
    }
    await client.query('COMMIT');
    return { version: known, applied, company };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

async function assertCompany(client: pg.PoolClient, company: FloorCompany): Promise<void> {
  const row = (
    await client.query<{ company_id: string; company_name: string }>(
      'SELECT company_id, company_name FROM floor_meta WHERE id = 1',
    )
  ).rows[0];
  if (row && row.company_id !== company.id)
    throw new AppFailure('floor.otherCompany', { found: row.company_name });
}
