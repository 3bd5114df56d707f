import type { EventMap, EventName } from '../../shared/ipc/contract';
import type { DatabaseHealth } from '../../shared/ipc/dto/database';
import type { Db } from './db/connection';
import type { SessionStore } from './services/auth/sessions';
import type { SecretStore } from './services/secrets/secret-store';

export interface CoreOptions {
  dataDir: string;
  /** Fill an empty database with demo clients and demo users. */
  demo: boolean;
  transport: 'electron' | 'web';
  demoClientCount?: number;
  now?: () => Date;
  /** Electron passes safeStorage; the web shell and tests get the key-file store. */
  secretStore?: (dataDir: string) => SecretStore;
  /** Days automatic backups are kept in <dataDir>/backups (default 7). */
  backupKeepDays?: number;
  /** Delay before the background quick_check (default 30 s after start). */
  integrityCheckDelayMs?: number;
}

export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void;
}

export interface Core {
  /** Replaced by "Restaurar backup": read it on each use, never keep it. */
  db: Db;
  /** Damage found at run time: the registry then answers DB_CORRUPT and nothing is written. */
  health: DatabaseHealth;
  options: CoreOptions;
  dataDir: string;
  databasePath: string;
  sessions: SessionStore;
  events: EventBus;
  secrets: SecretStore;
  now(): Date;
  close(): void;
}
