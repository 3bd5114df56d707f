import type { EventMap, EventName } from '../../shared/ipc/contract';
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
  /** How often the activity e-mail outbox is checked for due rows (default 3 s). */
  notificationPollMs?: number;
}

export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void;
}

export interface Core {
  db: Db;
  options: CoreOptions;
  dataDir: string;
  databasePath: string;
  sessions: SessionStore;
  events: EventBus;
  secrets: SecretStore;
  now(): Date;
  close(): void;
}
