/**
 * Main side of the receivables snapshot (full load of 365 days + open titles, or the daily
 * delta): copied into the outbox on a job worker, so the main thread keeps answering while
 * the copy runs; inline for an in-memory core. The batches are then sent from the main thread
 * (network-bound, one acknowledged checkpoint per batch, as before).
 */
import type { Core } from '../core-types';
import type { ReceivablesExportRecord } from '../db/repos/receivables-outbox.repo';
import { ledgerHighWater } from '../db/repos/receivables-outbox-snapshot.repo';
import {
  takeDailySnapshot,
  takeFullSnapshot,
  type SnapshotInput,
} from '../services/receivables/receivables-snapshot';
import { canRunInWorker, runInWorker } from './worker-host';

export const RECEIVABLES_SNAPSHOT_LABEL = 'Retrato das contas a receber';

/**
 * Below this many ledger movements since the last snapshot the copy takes a few milliseconds,
 * less than starting a thread: it runs inline.
 */
export const SNAPSHOT_WORKER_MIN_MOVEMENTS = 10_000;

/** An upper bound of what the snapshot copies, from two indexed maxima (no scan). */
export function movementsSinceLastSnapshot(core: Core): number {
  const since = core.db
    .prepare('SELECT coalesce(max(high_water_seq), 0) FROM receivables_exports')
    .pluck()
    .get() as number;
  return ledgerHighWater(core.db) - since;
}

export function takeSnapshot(
  core: Core,
  kind: 'full' | 'daily',
  snapshot: SnapshotInput,
): Promise<ReceivablesExportRecord | null> {
  if (!canRunInWorker(core) || movementsSinceLastSnapshot(core) < SNAPSHOT_WORKER_MIN_MOVEMENTS)
    return Promise.resolve(
      kind === 'full' ? takeFullSnapshot(core.db, snapshot) : takeDailySnapshot(core.db, snapshot),
    );
  return runInWorker(
    core,
    'receivables-snapshot',
    { databasePath: core.databasePath, kind, snapshot },
    {
      label: RECEIVABLES_SNAPSHOT_LABEL,
      diedHint: 'snapshotLost',
      runId: snapshot.runId,
    },
  );
}
