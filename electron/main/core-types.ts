import type { EventMap, EventName } from '../../shared/ipc/contract';
import type { Db } from './db/connection';
import type { HttpPort } from './gateways/http/http-port';
import type { MachinePolicy } from './policy/machine-policy';
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
