/**
 * Pruning the change feed: tombstones older than the retention, and the bytes of files no row
 * points at any more, are deleted by one seat per floor and period (the `floor-prune` job
 * lease). `floor_meta.pruned_through` records the largest tombstone seq pruned: a seat whose
 * cursor is below it starts over (replicator.ts) instead of missing a delete.
 */
import { sql, type Kysely } from 'kysely';
import type { Core } from '../../core-types';
import { log } from '../../log';
import { floorKysely } from '../floor-db';
import type { SharedSchema } from '../shared-schema';

export interface FeedPruneTuning {
  /** A tombstone (and an unreferenced file's bytes) older than this is pruned. */
  retentionMs: number;
  /** How often a seat offers to prune (one seat per floor does, per period). */
  everyMs: number;
}

export const DEFAULT_FEED_PRUNE: FeedPruneTuning = {
  retentionMs: 30 * 24 * 3_600_000,
  everyMs: 6 * 3_600_000,
};

export interface PruneOutcome {
  tombstones: number;
  blobs: number;
  /** floor_meta.pruned_through after the run. */
  horizon: number;
}

/** One central transaction, ages in the server's clock. `beforeCommit` fences the job lease. */
export async function pruneFeed(
  db: Kysely<SharedSchema>,
  retentionMs: number,
  beforeCommit: (trx: Kysely<SharedSchema>) => Promise<void> = () => Promise.resolve(),
): Promise<PruneOutcome> {
  const age = `${Math.max(0, Math.floor(retentionMs))} milliseconds`;
  return db.transaction().execute(async (trx) => {
    const t = await sql<{ horizon: number; n: number }>`
      WITH gone AS (
        DELETE FROM floor_tombstones WHERE deleted_at < now() - ${age}::interval RETURNING seq
      )
      UPDATE floor_meta
         SET pruned_through = GREATEST(pruned_through, COALESCE((SELECT max(seq) FROM gone), 0))
       WHERE id = 1
      RETURNING pruned_through::float8 AS horizon, (SELECT count(*) FROM gone)::int AS n`.execute(trx);
    // A seat saving a file with these bytes touches created_at in its transaction (and holds the
    // row), so bytes a new file row is about to point at are never taken from under it.
    const b = await sql`
      DELETE FROM client_file_blobs b
       WHERE b.created_at < now() - ${age}::interval
         AND NOT EXISTS (SELECT 1 FROM client_files f WHERE f.sha256 = b.sha256)`.execute(trx);
    await beforeCommit(trx);
    return {
      tombstones: t.rows[0]?.n ?? 0,
      horizon: t.rows[0]?.horizon ?? 0,
      blobs: Number(b.numAffectedRows ?? 0),
    };
  });
}

/** Runs the prune of the current period on one seat of the floor (a no-op when embedded). */
export async function pruneOncePerFloor(core: Core): Promise<PruneOutcome | null> {
  const pool = core.floor.pool;
  if (!pool) return null;
  const { retentionMs, everyMs } = core.tuning.floorPrune;
  const slot = `prune-${Math.floor(core.now().getTime() / everyMs)}`;
  const r = await core.jobLeases.runOncePerFloor(
    'floor-prune',
    (lease) => pruneFeed(floorKysely<SharedSchema>(pool), retentionMs, (trx) => lease.fence(trx)),
    { slot },
  );
  return r.ran ? r.value : null;
}

export interface FeedPruner {
  stop(): void;
}

export const NO_PRUNER: FeedPruner = { stop: () => undefined };

/** Offers to prune soon after the seat follows the floor, then every `everyMs`. */
export function startFeedPruner(core: Core): FeedPruner {
  if (core.floor.mode !== 'floor') return NO_PRUNER;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  const run = async () => {
    try {
      const r = await pruneOncePerFloor(core);
      if (r && (r.tombstones || r.blobs))
        log.info(`banco central: ${r.tombstones} exclusões antigas e ${r.blobs} arquivos sem uso removidos`);
    } catch (e) {
      log.warn(`banco central: limpeza do histórico de mudanças falhou: ${(e as Error).message}`);
    }
    if (!stopped) arm(core.tuning.floorPrune.everyMs);
  };
  const arm = (ms: number) => {
    timer = setTimeout(() => void run(), ms);
    timer.unref?.();
  };
  arm(Math.min(60_000, core.tuning.floorPrune.everyMs));
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
