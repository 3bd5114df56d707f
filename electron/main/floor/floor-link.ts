/**
 * How this desktop reaches the shared state: alone on its SQLite file (embedded), or on the
 * central PostgreSQL database of its call center (floor). Built once by createCore; services
 * read `core.floor` and never open their own connection to the central database.
 */
import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import {
  floorKysely,
  localKysely,
  openFloorPool,
  type FloorConnectionSettings,
  type FloorPoolOptions,
} from './floor-db';
import type { SharedSchema } from './shared-schema';
import { migrateFloor, type FloorCompany } from './floor-migrate';

/** What a seat needs to join a floor (from the machine policy or Configurações → Banco central). */
export interface FloorJoin {
  connection: FloorConnectionSettings;
  company: FloorCompany;
  /** The seat's pool (default 3 connections, idle ones closed after 10 s); the bench shrinks it. */
  pool?: Pick<FloorPoolOptions, 'max' | 'idleTimeoutMs'>;
}

export interface FloorLink {
  readonly mode: 'embedded' | 'floor';
  /** The central database's pool; null in embedded mode. */
  readonly pool: pg.Pool | null;
  /** The company the central database belongs to; null in embedded mode. */
  readonly company: FloorCompany | null;
  /** Ends the central connections (idempotent). */
  close(): Promise<void>;
}

export const EMBEDDED: FloorLink = {
  mode: 'embedded',
  pool: null,
  company: null,
  close: () => Promise.resolve(),
};

/** Opens the pool and brings the central schema up to date; rejects with a pt-BR AppFailure. */
export async function joinFloor(join: FloorJoin, applicationName: string): Promise<FloorLink> {
  const pool = openFloorPool(join.connection, { ...join.pool, applicationName });
  // An idle connection the server drops (restart, network) must not crash the main process.
  pool.on('error', () => undefined);
  // Nor one cut while checked out (between two statements of a transaction): pg emits 'error' on
  // the client with no listener; the pending statement is rejected anyway, so nothing is lost.
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    await migrateFloor(pool, join.company);
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw e;
  }
  let closed: Promise<void> | null = null;
  return {
    mode: 'floor',
    pool,
    company: join.company,
    close: () => (closed ??= pool.end()),
  };
}

/**
 * The engine that holds the shared data, as one Kysely builder: the central database in floor
 * mode, this desktop's file in embedded mode. A shared-data query is written once and runs on
 * either. On SQLite, never await anything but queries of this builder inside its transaction
 * (the connection is the one the synchronous repos use; other I/O would let them interleave).
 */
export function sharedDb(core: { db: Database.Database; floor: FloorLink }): Kysely<SharedSchema> {
  return core.floor.pool ? floorKysely<SharedSchema>(core.floor.pool) : localKysely<SharedSchema>(core.db);
}
