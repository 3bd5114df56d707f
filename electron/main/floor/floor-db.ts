/**
 * The one data-access layer for both engines: Kysely over PostgreSQL (floor mode, shared by
 * every desktop of a call center) and over the desktop's own SQLite file (embedded mode and
 * the local cache). A query written once with the builder runs on either.
 */
import type Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';

export type FloorSslMode = 'disable' | 'require' | 'verify-full';

/** What IT gives a seat to join the floor (machine policy or Configurações → Banco central). */
export interface FloorConnectionSettings {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  sslMode: FloorSslMode;
  /** PEM of the CA that signed the server's certificate (verify-full); default: the system's. */
  caPem?: string;
}

export interface FloorPoolOptions {
  /** Connections this desktop may hold (200 seats share one server's max_connections). */
  max?: number;
  /** Shown in pg_stat_activity, so a DBA sees which seat holds a connection. */
  applicationName?: string;
  connectTimeoutMs?: number;
  idleTimeoutMs?: number;
}

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * bigint and numeric come back as numbers: every count, centavo amount and change-feed
 * sequence of the console is far below 2^53, and SQLite returns numbers for the same columns,
 * so rows look the same from both engines. Per pool, not pg's global type table.
 */
const types = {
  getTypeParser(oid: number, format?: string) {
    if (oid === INT8_OID || oid === NUMERIC_OID) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as 'text');
  },
} as unknown as pg.CustomTypesConfig;

/** Host, credentials and the TLS mode as pg takes them: one rule for the pool and "Testar conexão". */
export function pgConnectionConfig(s: FloorConnectionSettings): pg.ClientConfig {
  return {
    host: s.host,
    port: s.port,
    database: s.database,
    user: s.user,
    password: s.password,
    ssl:
      s.sslMode === 'disable'
        ? false
        : { rejectUnauthorized: s.sslMode === 'verify-full', ...(s.caPem ? { ca: s.caPem } : {}) },
  };
}

export function openFloorPool(s: FloorConnectionSettings, opts: FloorPoolOptions = {}): pg.Pool {
  return new pg.Pool({
    ...pgConnectionConfig(s),
    max: opts.max ?? 3,
    application_name: opts.applicationName ?? 'Central de Atendimento',
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 5_000,
    idleTimeoutMillis: opts.idleTimeoutMs ?? 10_000,
    types,
  });
}

export const floorKysely = <DB>(pool: pg.Pool): Kysely<DB> =>
  new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });

/** The same builder over the desktop's SQLite connection (embedded mode). */
export const localKysely = <DB>(db: Database.Database): Kysely<DB> =>
  new Kysely<DB>({ dialect: new SqliteDialect({ database: db }) });
