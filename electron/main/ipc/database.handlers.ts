import { listBackups } from '../services/database/backups';
import { restoreBackup } from '../services/database/restore.service';
import { defineHandlers, requireUser } from './registry';

export const databaseHandlers = defineHandlers({
  'db.health': ({ core }) => core.health,
  'backup.list': ({ core }) => listBackups(core.dataDir),
  'backup.restore': (ctx, { fileName }) => restoreBackup(ctx.core, requireUser(ctx).user, fileName),
});
