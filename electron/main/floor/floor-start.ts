/**
 * A seat whose saved (or policy) central database is down at start still opens: the local
 * cache is readable and the FloorController migrates and goes online when the server answers.
 */
import { openFloorPool } from './floor-db';
import type { FloorJoin, FloorLink } from './floor-link';

/** The pool only; nothing is sent to the server until the controller's first check. */
export function openFloorLink(join: FloorJoin, applicationName: string): FloorLink {
  const pool = openFloorPool(join.connection, { ...join.pool, applicationName });
  // An idle connection the server drops (restart, network) must not crash the main process.
  pool.on('error', () => undefined);
  let closed: Promise<void> | null = null;
  return { mode: 'floor', pool, company: join.company, close: () => (closed ??= pool.end()) };
}
