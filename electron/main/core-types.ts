import type { EventMap, EventName } from '../../shared/ipc/contract';
import type { Db } from './db/connection';
import type { SessionStore } from './services/auth/sessions';

export interface CoreOptions {
  dataDir: string;
  /** Fill an empty database with demo clients and demo users. */
  demo: boolean;
  transport: 'electron' | 'web';
  demoClientCount?: number;
  now?: () => Date;
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
  now(): Date;
  close(): void;
}
