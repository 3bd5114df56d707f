import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/ipc/result';
import { latestSchemaVersion, migrate, type Migration } from './migrate';

export type Db = Database.Database;

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Refuses, without writing a byte, a file that is not SQLite or was written by a newer
 * version of the console: opening it read-write could corrupt it further or let an old
 * build write into a schema it does not understand.
 */
function inspectExisting(filePath: string, migrations: Migration[]): void {
  const fd = fs.openSync(filePath, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = fs.readSync(fd, header, 0, 16, 0);
    if (read === 0) return; // an empty file is treated as a new database
    if (read < 16 || header.toString('latin1') !== SQLITE_HEADER) {
      throw new AppFailure(
        'DB_CORRUPT',
        `O arquivo de dados "${filePath}" não é um banco de dados válido ou está corrompido. ` +
          'Ele não foi alterado. Restaure um backup ou mova o arquivo para outra pasta e abra o sistema novamente.',
      );
    }
  } finally {
    fs.closeSync(fd);
  }
  let probe: Db | undefined;
  try {
    probe = new Database(filePath, { readonly: true, fileMustExist: true });
    const version = probe.pragma('user_version', { simple: true }) as number;
    const integrity = probe.pragma('quick_check', { simple: true }) as string;
    if (integrity !== 'ok') {
      throw new AppFailure(
        'DB_CORRUPT',
        `O banco de dados "${filePath}" está corrompido (${integrity}). Ele não foi alterado; restaure um backup.`,
      );
    }
    const latest = latestSchemaVersion(migrations);
    if (version > latest) {
      throw new AppFailure(
        'DB_NEWER_VERSION',
        `O banco de dados "${filePath}" foi criado por uma versão mais nova da Central de Atendimento ` +
          `(esquema ${version}; esta versão conhece até ${latest}). Atualize o aplicativo. O arquivo não foi alterado.`,
      );
    }
  } catch (e) {
    if (e instanceof AppFailure) throw e;
    throw new AppFailure(
      'DB_CORRUPT',
      `Não foi possível ler o banco de dados "${filePath}": ${(e as Error).message}. O arquivo não foi alterado.`,
    );
  } finally {
    probe?.close();
  }
}

export interface OpenOptions {
  migrations: Migration[];
}

export function openDatabase(filePath: string, { migrations }: OpenOptions): Db {
  if (filePath !== ':memory:' && fs.existsSync(filePath)) inspectExisting(filePath, migrations);
  const db = new Database(filePath);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // NORMAL is durable in WAL mode across application crashes; only an OS crash can lose the last commit.
  db.pragma('synchronous = NORMAL');
  migrate(db, migrations);
  return db;
}
