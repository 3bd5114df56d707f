import type { EventMap, EventName } from '../../shared/ipc/contract';
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
  http: HttpPort;
  policy: MachinePolicy;
  now(): Date;
  close(): void;
}
