import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupEntry } from '../../../../shared/ipc/dto/database';
import type { Db } from '../../db/connection';

export type BackupReason =
  'diario' | 'antes-da-migracao' | 'antes-de-restaurar' | 'antes-do-banco-central' | 'manual';

const REASON_LABEL: Record<BackupReason, string> = {
  diario: 'diário',
  'antes-da-migracao': 'antes da atualização do banco',
  'antes-de-restaurar': 'antes de restaurar',
  'antes-do-banco-central': 'antes de seguir o banco central',
  manual: 'manual',
};

export const DEFAULT_BACKUP_KEEP_DAYS = 7;
const NAME = /^central-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z-]+)\.sqlite$/;

export const backupsDir = (dataDir: string): string => path.join(dataDir, 'backups');

const stamp = (at: Date): string => at.toISOString().replace(/:/g, '-').replace('.', '-');
const unstamp = (s: string): string =>
  s.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1:$2:$3.$4Z');

/**
 * A consistent copy of the live database with SQLite's online backup API (better-sqlite3
 * `db.backup`, which copies in steps and lets other work run between them). Written under a
 * temporary name first, so a copy cut short is never offered for restore.
 */
export async function createBackup(db: Db, dataDir: string, reason: BackupReason, at: Date): Promise<string> {
  const dir = backupsDir(dataDir);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const fileName = `central-${stamp(at)}-${reason}.sqlite`;
  const partial = path.join(dir, `${fileName}.partial`);
  await db.backup(partial);
  // A copy of every client's data: readable by this OS user only, where the OS has modes.
  fs.chmodSync(partial, 0o600);
  fs.renameSync(partial, path.join(dir, fileName));
  return fileName;
}

export function listBackups(dataDir: string): BackupEntry[] {
  const dir = backupsDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((fileName) => ({ fileName, m: NAME.exec(fileName) }))
    .filter((f): f is { fileName: string; m: RegExpExecArray } => f.m !== null)
    .map(({ fileName, m }) => ({
      fileName,
      createdAt: unstamp(m[1] as string),
      sizeBytes: fs.statSync(path.join(dir, fileName)).size,
      reason: REASON_LABEL[m[2] as BackupReason] ?? (m[2] as string),
    }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Drops backups older than `keepDays`, always keeping the newest (a desktop off for weeks keeps one). */
export function pruneBackups(dataDir: string, keepDays: number, now: Date): string[] {
  const cutoff = new Date(now.getTime() - keepDays * 86_400_000).toISOString();
  const [, ...older] = listBackups(dataDir);
  const removed = older.filter((b) => b.createdAt < cutoff).map((b) => b.fileName);
  for (const f of removed) fs.rmSync(path.join(backupsDir(dataDir), f), { force: true });
  return removed;
}

/** The path of a listed backup; anything else (another folder, a made-up name) is refused. */
export function backupPath(dataDir: string, fileName: string): string | null {
  if (!NAME.test(fileName) || !listBackups(dataDir).some((b) => b.fileName === fileName)) return null;
  return path.join(backupsDir(dataDir), fileName);
}

/** Full integrity_check of a backup before it replaces anything: a damaged copy is refused. */
export function backupIntegrity(filePath: string): string {
  let db: Db | undefined;
  try {
    db = new Database(filePath, { readonly: true, fileMustExist: true });
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('; ');
  } catch (e) {
    return (e as Error).message;
  } finally {
    db?.close();
  }
}
