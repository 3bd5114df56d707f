import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/ipc/result';
import { latestSchemaVersion, migrate, type Migration } from './migrate';

export type Db = Database.Database;

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * A file shorter than the page count its header records was cut (copy interrupted, disk
 * full). O(1), unlike quick_check, which costs seconds on a 200,000-client cache at every start.
 */
function isTruncated(header: Buffer, fileSize: number): boolean {
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const changeCounter = header.readUInt32BE(24);
  const pageCount = header.readUInt32BE(28);
  const validFor = header.readUInt32BE(92);
  // The in-header size is trustworthy only when written by the same change (SQLite ≥ 3.7.0).
  return pageCount > 0 && validFor === changeCounter && fileSize < pageCount * pageSize;
}

/**
 * Refuses, without writing a byte, a file that is not SQLite or was written by a newer
 * version of the console: opening it read-write could corrupt it further or let an old
 * build write into a schema it does not understand.
 */
function inspectExisting(filePath: string, migrations: Migration[]): void {
  const fd = fs.openSync(filePath, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = fs.readSync(fd, header, 0, 100, 0);
    if (read === 0) return; // an empty file is treated as a new database
    if (
      read < 100 ||
      header.toString('latin1', 0, 16) !== SQLITE_HEADER ||
      isTruncated(header, fs.fstatSync(fd).size)
    ) {
      throw new AppFailure('database.notADatabase', { filePath });
    }
  } finally {
    fs.closeSync(fd);
  }
  let probe: Db | undefined;
  try {
    probe = new Database(filePath, { readonly: true, fileMustExist: true });
    // Reading the schema parses sqlite_master: a damaged first page fails here.
    probe.prepare('SELECT count(*) FROM sqlite_master').get();
    const version = probe.pragma('user_version', { simple: true }) as number;
    const latest = latestSchemaVersion(migrations);
    if (version > latest) {
      throw new AppFailure('database.newerVersion', { filePath, version, latest });
    }
  } catch (e) {
    if (e instanceof AppFailure) throw e;
    throw new AppFailure('database.unreadable', { filePath, reason: (e as Error).message });
  } finally {
    probe?.close();
  }
}

export interface OpenOptions {
  migrations: Migration[];
  /** false: the caller migrates (after a backup); the file is still checked against them. */
  migrate?: boolean;
}

export function openDatabase(
  filePath: string,
  { migrations, migrate: runMigrations = true }: OpenOptions,
): Db {
  if (filePath !== ':memory:' && fs.existsSync(filePath)) inspectExisting(filePath, migrations);
  const db = new Database(filePath);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // NORMAL is durable in WAL mode across application crashes; only an OS crash can lose the last commit.
  db.pragma('synchronous = NORMAL');
  if (runMigrations) migrate(db, migrations);
  return db;
}
