import { z } from 'zod';
import { channel, empty } from '../channel-spec';
import type { BackupEntry, DatabaseHealth, RestoreResult } from '../dto/database';

/** Channels that still answer while the database is damaged (the corruption screen needs them). */
export const CHANNELS_WHILE_CORRUPT: readonly string[] = [
  'app.info',
  'auth.status',
  'auth.login',
  'db.health',
  'backup.list',
  'backup.restore',
];

export const databaseChannels = {
  'db.health': channel<DatabaseHealth>()({ input: empty, kind: 'query' }),
  'backup.list': channel<BackupEntry[]>()({ input: empty, kind: 'query', permission: 'settings.users' }),
  /** Restaurar backup: verify, close, keep the current file aside, swap, reopen. */
  'backup.restore': channel<RestoreResult>()({
    input: z.object({
      fileName: z
        .string()
        .min(1, 'Escolha um backup.')
        .max(120, 'Nome de backup inválido.')
        .regex(/^[A-Za-z0-9._-]+$/, 'Nome de backup inválido.'),
    }),
    kind: 'mutation',
    permission: 'settings.users',
  }),
};
