import fs from 'node:fs';
import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type { RestoreResult } from '../../../../shared/ipc/dto/database';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { openDatabase } from '../../db/connection';
import { loadMigrations } from '../../db/migrate';
import { migrationsDir } from '../../db/paths';
import { insertAudit } from '../../db/repos/audit.repo';
import { log } from '../../log';
import { backupIntegrity, backupPath, createBackup } from './backups';
import { healthyDatabase } from './db-health';

const SIDE_FILES = ['-wal', '-shm'];

/** Moves the current database (and its WAL) aside under a dated name; nothing is deleted. */
function keepAside(databasePath: string, label: string, at: Date): string {
  const aside = `${databasePath}.${label}-${at.toISOString().replace(/[:.]/g, '-')}`;
  fs.renameSync(databasePath, aside);
  for (const side of SIDE_FILES) {
    if (fs.existsSync(databasePath + side)) fs.renameSync(databasePath + side, aside + side);
  }
  return aside;
}

/**
 * "Restaurar backup": verify the backup, close the database, put the current file aside (kept
 * for support), copy the backup in its place and reopen it (migrating a backup taken before an
 * update). The steps from close to reopen are synchronous, so no call runs on a closed database.
 */
export async function restoreBackup(
  core: Core,
  actor: SessionUser,
  fileName: string,
): Promise<RestoreResult> {
  const source = backupPath(core.dataDir, fileName);
  if (!source) throw new AppFailure('database.backupNotFound');
  const integrity = backupIntegrity(source);
  if (integrity !== 'ok') {
    throw new AppFailure('database.backupCorrupt', { fileName, integrity: integrity.slice(0, 200) });
  }
  const wasCorrupt = core.health.corrupt;
  // A healthy database being replaced by choice is itself kept as a backup first.
  if (!wasCorrupt) await createBackup(core.db, core.dataDir, 'antes-de-restaurar', core.now());

  const at = core.now();
  const migrations = loadMigrations(migrationsDir());
  core.db.close();
  const keptAside = keepAside(core.databasePath, wasCorrupt ? 'danificado' : 'substituido', at);
  const partial = `${core.databasePath}.restaurando`;
  fs.copyFileSync(source, partial);
  fs.renameSync(partial, core.databasePath);
  core.db = openDatabase(core.databasePath, { migrations });
  core.health = { ...healthyDatabase(), checkedAt: at.toISOString() };
  core.sessions.invalidate();
  // The backup may predate the actor's user row; the name is kept either way.
  const actorKnown = core.db.prepare('SELECT 1 FROM users WHERE id = ?').get(actor.id) !== undefined;
  insertAudit(core.db, {
    at: at.toISOString(),
    userId: actorKnown ? actor.id : null,
    userName: actor.name,
    entity: 'database',
    entityId: fileName,
    action: 'Backup restaurado',
    changes: { backup: { before: null, after: fileName }, keptAside: { before: null, after: keptAside } },
  });
  log.info(`backup restaurado: ${fileName}; arquivo anterior mantido em ${keptAside}`);
  core.events.emit('db.health', { corrupt: false });
  return { restored: fileName, keptAside };
}
