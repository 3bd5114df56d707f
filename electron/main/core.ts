import fs from 'node:fs';
import { EventEmitter } from 'node:events';
import type { EventName } from '../../shared/ipc/contract';
import { countClients } from './db/repos/clients.repo';
import { countUsers } from './db/repos/users.repo';
import { getSetting, setSetting } from './db/repos/settings.repo';
import { openDatabase } from './db/connection';
import { latestSchemaVersion, loadMigrations, migrate } from './db/migrate';
import { databaseFile, migrationsDir } from './db/paths';
import type { Core, CoreOptions, EventBus } from './core-types';
import { createSessionStore } from './services/auth/sessions';
import { loadSessionUser } from './services/auth/auth.service';
import { DEFAULT_DEMO_CLIENTS, seedDemoClients } from '../../db/seed/seed-db';
import { seedDemoUsers } from '../../db/seed/demo-users';
import { log } from './log';
import { createKeyfileStore } from './services/secrets/keyfile-store';
import { createBackup } from './services/database/backups';
import { healthyDatabase } from './services/database/db-health';
import type { Db } from './db/connection';

function createEventBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(50);
  return {
    emit: (event, payload) => void emitter.emit('event', event, payload),
    subscribe: (listener) => {
      const l = (event: EventName, payload: unknown) => listener(event, payload);
      emitter.on('event', l);
      return () => void emitter.off('event', l);
    },
  };
}

/** A brand-new demo database gets demo clients and demo users; a real one stays empty until the ERP sync. */
async function seedIfEmpty(core: Core): Promise<void> {
  if (!core.options.demo || countClients(core.db) > 0 || countUsers(core.db) > 0) return;
  const count = core.options.demoClientCount ?? DEFAULT_DEMO_CLIENTS;
  log.info(`banco novo: gerando ${count} clientes de demonstração`);
  seedDemoClients(core.db, { count });
  await seedDemoUsers(core.db, core.now().toISOString());
  setSetting(core.db, 'is_demo', '1');
}

/** An existing database is copied (online backup API) before a migration changes its schema. */
async function openWithBackupBeforeMigration(
  databasePath: string,
  dataDir: string,
  now: () => Date,
): Promise<Db> {
  const migrations = loadMigrations(migrationsDir());
  const db = openDatabase(databasePath, { migrations, migrate: false });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > 0 && version < latestSchemaVersion(migrations)) {
      const file = await createBackup(db, dataDir, 'antes-da-migracao', now());
      log.info(`backup antes da atualização do banco (esquema ${version}): ${file}`);
    }
    migrate(db, migrations);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Everything both transports share: the database, sessions and events. Throws an
 * AppFailure (DB_CORRUPT, DB_NEWER_VERSION) without touching a file it cannot trust.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const databasePath = databaseFile(options.dataDir);
  const now = options.now ?? (() => new Date());
  const db = await openWithBackupBeforeMigration(databasePath, options.dataDir, now);
  const core: Core = {
    db,
    options,
    dataDir: options.dataDir,
    databasePath,
    events: createEventBus(),
    secrets: (options.secretStore ?? createKeyfileStore)(options.dataDir),
    sessions: createSessionStore((userId) => loadSessionUser(core, userId)),
    health: healthyDatabase(),
    now,
    close: () => core.db.close(),
  };
  core.events.subscribe((event) => {
    if (event === 'permissions.changed') core.sessions.invalidate();
  });
  await seedIfEmpty(core);
  if (getSetting(db, 'is_demo') === '1') log.info('banco de demonstração');
  return core;
}
