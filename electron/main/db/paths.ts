import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../../shared/ipc/result';

/**
 * Where the SQL migrations live: next to the sources in development and tests, under
 * `resources/migrations` in the packaged app (electron-builder `extraResources`).
 */
export function migrationsDir(): string {
  const candidates = [
    process.env.CENTRAL_MIGRATIONS_DIR,
    path.join(process.cwd(), 'db', 'migrations'),
    path.join(__dirname, '..', '..', 'db', 'migrations'),
    (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath
      ? path.join((process as NodeJS.Process & { resourcesPath: string }).resourcesPath, 'migrations')
      : undefined,
  ].filter((c): c is string => typeof c === 'string');
  const found = candidates.find((c) => fs.existsSync(path.join(c, '0010-clients.sql')));
  if (!found) throw new AppFailure('app.migrationsMissing', { searched: candidates });
  return found;
}

export const databaseFile = (dataDir: string): string => path.join(dataDir, 'central.sqlite');
