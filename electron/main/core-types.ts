import type { EventMap, EventName } from '../../shared/ipc/contract';
import type { DatabaseHealth } from '../../shared/ipc/dto/database';
import type { Db } from './db/connection';
import type { HttpPort } from './gateways/http/http-port';
import type { MachinePolicy } from './policy/machine-policy';
import type { SessionStore } from './services/auth/sessions';
import type { SecretStore } from './services/secrets/secret-store';

export interface CoreOptions {
  dataDir: string;
  transport: 'electron' | 'web';
  /** Runs once the database is open; only the dev-only demo entries pass one (to seed). */
  prepare?: (core: Core) => Promise<void>;
  now?: () => Date;
  /** Electron opens folders with shell.openPath; the web shell has no way to. */
  openFolder?: (dir: string) => Promise<void>;
  /** Electron passes safeStorage; the web shell and tests get the key-file store. */
  secretStore?: (dataDir: string) => SecretStore;
  /** Network port of both gateways: Electron passes Chromium's; the web shell and tests get undici. */
  httpPort?: HttpPort;
  /** The machine policy; read from CENTRAL_POLICY_FILE or %ProgramData% when not given. */
  policy?: MachinePolicy;
  /** Days automatic backups are kept in <dataDir>/backups (default 7). */
  backupKeepDays?: number;
  /** Delay before the background quick_check (default 30 s after start). */
  integrityCheckDelayMs?: number;
  /** How often the activity e-mail outbox is checked for due rows (default 3 s). */
  notificationPollMs?: number;
}

/**
 * Who an event is for: one window (sessionKey) or every window of one user. Without a scope it
 * goes to every logged-in window. Transports deliver nothing to a window outside the scope.
 */
export interface EventScope {
  sessionKey?: string;
  userId?: number;
}

export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventMap[E], scope?: EventScope): void;
  subscribe(listener: (event: EventName, payload: unknown, scope: EventScope) => void): () => void;
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
  http: HttpPort;
  policy: MachinePolicy;
  now(): Date;
  close(): void;
}
