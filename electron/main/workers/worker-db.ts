/**
 * A worker's own connection to the console's WAL database file: the same pragmas as
 * openDatabase and the SQL functions the schema's triggers call (as migrate registers them).
 * The file was opened, checked and migrated by the main thread before any worker starts.
 */
import Database from 'better-sqlite3';
import type { Db } from '../db/connection';
import { registerSearchFunctions } from '../db/search-functions';

export function openWorkerDb(filePath: string, opts: { readonly?: boolean } = {}): Db {
  const db = new Database(filePath, { fileMustExist: true, readonly: opts.readonly ?? false });
  if (!opts.readonly) {
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
  }
  // A commit of the main connection may hold the lock for a moment: wait, do not fail.
  db.pragma('busy_timeout = 5000');
  registerSearchFunctions(db);
  return db;
}
