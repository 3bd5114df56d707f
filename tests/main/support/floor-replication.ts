/**
 * Seats of one floor for tests and the floor bench: real cores on their own data folders,
 * joined to one database of a real PostgreSQL (tools/floor/embedded-postgres.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startEmbeddedPostgres, type TestPostgres } from '../../../tools/floor/embedded-postgres';
import { testFloorPolicy } from './floor-policy';
import { createDemoCore } from '../../../tools/demo/demo-core';
import type { Core } from '../../../electron/main/core-types';
import type { FloorConnectionSettings } from '../../../electron/main/floor/floor-db';
import { stopFloorServices } from '../../../electron/main/floor/floor-services';
import { handlers } from '../../../electron/main/ipc/handlers';
import { createRegistry, type Registry } from '../../../electron/main/ipc/registry';
import type { ChannelInput, ChannelName, ChannelOutput, EventName } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';

export const ACME = { id: '11222333000181', name: 'Acme Atendimento Ltda' };
const PASSWORDS: Record<string, string> = { admin: 'admin-demo-2026', ana: 'atendente-demo' };

export interface SeenEvent {
  event: EventName;
  payload: unknown;
  at: number;
}

export interface Seat {
  core: Core;
  registry: Registry;
  dataDir: string;
  /** Every event this seat's core emitted, with performance.now() of the emit. */
  events: SeenEvent[];
  call<C extends ChannelName>(
    session: string,
    channel: C,
    input: ChannelInput<C>,
  ): Promise<Result<ChannelOutput<C>>>;
  /** A channel's value, or a thrown Error with the pt-BR message. */
  value<C extends ChannelName>(
    session: string,
    channel: C,
    input: ChannelInput<C>,
  ): Promise<ChannelOutput<C>>;
  login(login: 'admin' | 'ana'): Promise<string>;
  /** Resolves with the first event (emitted after `since`) that matches, or rejects after timeoutMs. */
  waitFor(match: (e: SeenEvent) => boolean, timeoutMs?: number, since?: number): Promise<SeenEvent>;
  /** Ends the seat like a PC switched off (its data folder stays for reopenSeat). */
  close(): Promise<void>;
}

export async function openSeat(
  connection: FloorConnectionSettings,
  opts: { dataDir?: string; clients?: number } = {},
): Promise<Seat> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'central-seat-'));
  const core = await createDemoCore({
    dataDir,
    transport: 'web',
    demoClientCount: opts.clients ?? 50,
    floor: { connection, company: ACME },
    policy: testFloorPolicy(),
  });
  const registry = createRegistry(core, handlers);
  const events: SeenEvent[] = [];
  const waiters = new Set<(e: SeenEvent) => void>();
  core.events.subscribe((event, payload) => {
    const e = { event, payload, at: performance.now() };
    events.push(e);
    for (const w of waiters) w(e);
  });
  let n = 0;
  const call = <C extends ChannelName>(session: string, channel: C, input: ChannelInput<C>) =>
    registry.invoke(channel, input, { sessionKey: session }) as Promise<Result<ChannelOutput<C>>>;
  return {
    core,
    registry,
    dataDir,
    events,
    call,
    async value(session, channel, input) {
      const r = await call(session, channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
      return r.value;
    },
    async login(login) {
      const key = `seat-${++n}-${login}`;
      const r = await call(key, 'auth.login', { login, password: PASSWORDS[login] ?? '' });
      if (!r.ok) throw new Error(`login ${login}: ${r.error.message}`);
      return key;
    },
    waitFor(match, timeoutMs = 2_000, since = 0) {
      const old = events.find((e) => e.at >= since && match(e));
      if (old) return Promise.resolve(old);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(w);
          reject(new Error(`nenhum evento em ${timeoutMs} ms`));
        }, timeoutMs);
        const w = (e: SeenEvent) => {
          if (!match(e)) return;
          clearTimeout(timer);
          waiters.delete(w);
          resolve(e);
        };
        waiters.add(w);
      });
    },
    async close() {
      await stopFloorServices(core);
      await core.floor.close();
      core.db.close();
    },
  };
}

export const removeSeatFolder = (seat: Seat): void =>
  fs.rmSync(seat.dataDir, { recursive: true, force: true });

/** True when the event says this client's `part` changed. */
export const clientPart =
  (clientId: number, part: string) =>
  (e: SeenEvent): boolean => {
    if (e.event !== 'client.changed') return false;
    const p = e.payload as { clientId: number | null; parts: string[] };
    return p.clientId === clientId && p.parts.includes(part);
  };

/**
 * A test file's floor: one real PostgreSQL for the file; the seats a test pushes on `seats` are
 * closed and their folders removed after it.
 */
export function seatsOnOneServer(): { readonly server: TestPostgres; seats: Seat[] } {
  let server: TestPostgres | undefined;
  const seats: Seat[] = [];
  beforeAll(async () => {
    server = await startEmbeddedPostgres();
  }, 60_000);
  afterAll(async () => server?.stop());
  afterEach(async () => {
    for (const s of seats.splice(0)) {
      await s.close().catch(() => undefined);
      removeSeatFolder(s);
    }
  });
  return {
    get server() {
      if (!server) throw new Error('PostgreSQL de teste ainda não iniciado');
      return server;
    },
    seats,
  };
}
