import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databaseFile } from './paths';
import { AppFailure } from '../../../shared/ipc/result';

export type RelocateOutcome =
  { moved: false; reason: 'no-old-database' | 'already-there' } | { moved: true; from: string; to: string };

/** Tables and row counts, to prove the copy holds what the original held. */
function fingerprint(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    const counts = tables.map(
      (t) => `${t}=${db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number}`,
    );
    return [`v${version}`, ...counts].join(';');
  } finally {
    db.close();
  }
}

function integrityOk(file: string): boolean {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('quick_check', { simple: true }) === 'ok';
  } finally {
    db.close();
  }
}

function filesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).isFile());
}

/**
 * Moves the cache from the folder older versions used (Roaming AppData, which travels with
 * roaming/FSLogix profiles) to the local one, once: copy through SQLite's backup API (it takes the
 * WAL along), verify integrity and the same tables and row counts, then switch by renaming the
 * copy into place and only then remove the original. A failure at any step leaves the original
 * untouched and in use by nobody else; the next start tries again.
 */
export async function relocateDataOnce(fromDir: string, toDir: string): Promise<RelocateOutcome> {
  const oldDb = databaseFile(fromDir);
  const newDb = databaseFile(toDir);
  if (path.resolve(fromDir) === path.resolve(toDir) || !fs.existsSync(oldDb))
    return { moved: false, reason: 'no-old-database' };
  if (fs.existsSync(newDb)) return { moved: false, reason: 'already-there' };
  fs.mkdirSync(toDir, { recursive: true });
  const partial = `${newDb}.copying`;
  fs.rmSync(partial, { force: true });
  const source = new Database(oldDb, { fileMustExist: true });
  try {
    await source.backup(partial);
  } finally {
    source.close();
  }
  if (!integrityOk(partial) || fingerprint(partial) !== fingerprint(oldDb)) {
    fs.rmSync(partial, { force: true });
    throw new AppFailure('database.relocateMismatch', { toDir });
  }
  // Attached files are content-addressed: copy the missing ones, then check each one's size.
  const oldFiles = path.join(fromDir, 'files');
  const newFiles = path.join(toDir, 'files');
  fs.mkdirSync(newFiles, { recursive: true });
  for (const name of filesIn(oldFiles)) {
    const target = path.join(newFiles, name);
    if (!fs.existsSync(target)) fs.copyFileSync(path.join(oldFiles, name), target);
    if (fs.statSync(target).size !== fs.statSync(path.join(oldFiles, name)).size)
      throw new AppFailure('database.relocateFileIncomplete', { name });
  }
  fs.renameSync(partial, newDb);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${oldDb}${suffix}`, { force: true });
  fs.rmSync(oldFiles, { recursive: true, force: true });
  return { moved: true, from: fromDir, to: toDir };
}
