/** Seats of one floor for the jobs-once-per-floor tests: a real PostgreSQL, one database per test. */
import type { FloorConnectionSettings } from '../../../electron/main/floor/floor-db';
import { joinFloor, type FloorJoin, type FloorLink } from '../../../electron/main/floor/floor-link';
import type { TestPostgres } from '../../../tools/floor/embedded-postgres';

export const ACME = { id: '11222333000181', name: 'Acme Atendimento Ltda' };

export const floorJoin = (connection: FloorConnectionSettings): FloorJoin => ({ connection, company: ACME });

/** A migrated central database and a way to link seats to it. */
export async function newFloor(server: TestPostgres): Promise<{
  join: FloorJoin;
  link: (seat: string) => Promise<FloorLink>;
}> {
  const join = floorJoin(await server.createDatabase());
  return { join, link: (seat) => joinFloor(join, `teste ${seat}`) };
}

/** Short leases so a takeover happens within a test. */
export const FAST_LEASES = {
  leaseMs: 800,
  renewEveryMs: 200,
  pollMs: 100,
  preferenceGraceMs: 600,
  standbyMaxMs: 30_000,
};
