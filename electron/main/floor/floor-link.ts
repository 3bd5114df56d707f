/**
 * How this desktop reaches the shared state: alone on its SQLite file (embedded), or on the
 * central PostgreSQL database of its call center (floor). Built once by createCore; services
 * read `core.floor` and never open their own connection to the central database.
 */
import type pg from 'pg';
import { openFloorPool, type FloorConnectionSettings } from './floor-db';
import { migrateFloor, type FloorCompany } from './floor-migrate';

/** What a seat needs to join a floor (from the machine policy or Configurações → Banco central). */
export interface FloorJoin {
  connection: FloorConnectionSettings;
  company: FloorCompany;
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
  const pool = openFloorPool(join.connection, { applicationName });
  // An idle connection the server drops (restart, network) must not crash the main process.
  pool.on('error', () => undefined);
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
