import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { registerSearchFunctions } from './search-functions';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE_PATTERN = /^(\d{4})-([a-z0-9-]+)\.sql$/;

/** Reads `NNNN-slug.sql` files; the number is the schema version the file brings the database to. */
export function loadMigrations(dir: string): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => FILE_PATTERN.test(f))
    .map((f) => {
      const [, num, slug] = FILE_PATTERN.exec(f) as RegExpExecArray;
      return { version: Number(num), name: slug as string, sql: fs.readFileSync(path.join(dir, f), 'utf8') };
    })
    .sort((a, b) => a.version - b.version);
}

export const latestSchemaVersion = (migrations: Migration[]): number =>
  migrations.length === 0 ? 0 : (migrations[migrations.length - 1] as Migration).version;

/**
 * Applies every pending migration in ONE transaction: a failure leaves the database exactly
 * as it was, at its old user_version.
 */
export function migrate(db: Database.Database, migrations: Migration[]): number {
  // The schema's triggers call these (0330): a migrated connection must be able to write.
  registerSearchFunctions(db);
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  const target = latestSchemaVersion(migrations);
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    db.pragma(`user_version = ${target}`);
  })();
  return target;
}
