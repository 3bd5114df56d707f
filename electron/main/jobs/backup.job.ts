import type { Core } from '../core-types';
import { createBackup, DEFAULT_BACKUP_KEEP_DAYS, pruneBackups } from '../services/database/backups';
import type { JobDefinition } from './scheduler';

export const BACKUP_JOB = 'backup';
/** Early afternoon: desktops are on (a night slot would mostly run as a catch-up at the next start). */
export const BACKUP_TIME = '12:30';

/** Daily copy of the database in <dataDir>/backups, keeping `backupKeepDays` days. */
export function backupJob(core: Core): JobDefinition {
  return {
    name: BACKUP_JOB,
    dailyAt: () => BACKUP_TIME,
    async run() {
      if (core.health.corrupt) {
        return {
          outcome: 'Backup não feito: o banco de dados está danificado (o último backup bom foi mantido).',
        };
      }
      const now = core.now();
      const fileName = await createBackup(core.db, core.dataDir, 'diario', now);
      const removed = pruneBackups(
        core.dataDir,
        core.options.backupKeepDays ?? DEFAULT_BACKUP_KEEP_DAYS,
        now,
      );
      return { outcome: `Backup criado: ${fileName}.`, details: { fileName, removed } };
    },
  };
}
