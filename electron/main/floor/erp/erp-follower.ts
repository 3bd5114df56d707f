/**
 * ERP data through the central database (issue 18 item 6), every seat's side: follows the
 * central ERP rows (erp_central_records, erp_central_cursors) by seq with a cursor of its own
 * (SQLite floor_erp_follow), a stream apart from the client records' feed, and applies them to
 * the local cache with the sync's own page writers (`createWriters`), so the cache is the one
 * the sync would have written: pending register edits kept, one "Atualizado pelo ERP" Histórico
 * entry per client on the seat. The central cursors are copied into erp_sync_cursors, so a seat
 * filled from the central database counts as synced ("primeira sincronização") without asking
 * the ERP anything.
 *
 * A short catch-up (less than one central page) is applied on the main thread, in SQLite
 * transactions of at most `applyBatchRows` rows, yielding to the event loop between them. A long
 * one — a new seat's first fill, the pages of a big sync — runs on a job worker (task
 * `erp-follow`) with its own connection: the main thread only reads the central pages the worker
 * asks for, so it keeps answering the windows. Either way the follow cursor moves with every
 * commit, so a cancel, a dead worker or a closed console loses nothing applied. Woken by the change feed's LISTEN
 * connection (replicator.ts) on every notification of its tables and on every (re)connect; a
 * pull that fails (central database down) leaves the cache as it was, and the next wake-up
 * continues from the stored cursor.
 */
import type { Core } from '../../core-types';
import { announceSyncSummary } from '../../jobs/erp-sync.job';
import { log } from '../../log';
import { emitClientChanged } from '../../services/clients/client-events';
import type { SyncSummary } from '../../services/erp/erp-sync.service';
import { runInWorker, canRunInWorker } from '../../workers/worker-host';
import type { ErpFollowPageCall } from '../../workers/tasks/erp-follow.task';
import {
  createFollowApplier,
  ERP_FEED_SQL,
  readFollowState,
  type FeedRow,
  type FollowApplied,
} from './erp-follow-apply';
import { coalescedPull } from '../replication/coalesced-pull';

export interface ErpFollower {
  /** Resolves once a pull that started after this call has applied everything committed before it. */
  pullNow(): Promise<void>;
  /** The last central seq applied to this seat's ERP cache. */
  cursor(): number;
  close(): Promise<void>;
}

export const NO_ERP_FOLLOWER: ErpFollower = {
  pullNow: () => Promise.resolve(),
  cursor: () => 0,
  close: () => Promise.resolve(),
};

export interface ErpFollowerTuning {
  /** Central rows per read. */
  pageSize: number;
  /** Rows per SQLite commit. */
  applyBatchRows: number;
}

export const DEFAULT_ERP_FOLLOWER: ErpFollowerTuning = { pageSize: 2_000, applyBatchRows: 500 };

export const ERP_FOLLOW_LABEL = 'Atualização dos dados do ERP pelo banco central';

/** The central tables this follower reads; a notification of one of them wakes it. */
export const ERP_FEED_TABLES = ['erp_central_records', 'erp_central_cursors'];

const yieldToLoop = () => new Promise((resolve) => setImmediate(resolve));

export function createErpFollower(core: Core, tuning: Partial<ErpFollowerTuning> = {}): ErpFollower {
  const pool = core.floor.pool;
  if (!pool) return NO_ERP_FOLLOWER;
  const t = { ...DEFAULT_ERP_FOLLOWER, ...tuning };
  const db = core.db;
  let floorUid: string | null = null;
  let closed = false;
  let stopping: AbortController | null = null;

  const current = (): number => readFollowState(db)?.cursor ?? 0;

  async function startCursor(): Promise<number> {
    floorUid ??= String(
      (await pool!.query<{ u: string }>('SELECT floor_uid::text AS u FROM floor_meta WHERE id = 1')).rows[0]
        ?.u,
    );
    const state = readFollowState(db);
    // A cursor of another central database means nothing here: read that floor's rows from the
    // start (the upserts absorb what the cache already holds).
    return state?.floor_uid === floorUid ? state.cursor : 0;
  }

  const readPage = async (cursor: number, limit: number) =>
    (await pool!.query<FeedRow>(ERP_FEED_SQL, [cursor, limit])).rows;

  async function followInline(cursor: number, rows: FeedRow[]): Promise<FollowApplied> {
    const applier = createFollowApplier(db);
    for (;;) {
      for (let i = 0; i < rows.length && !closed; i += t.applyBatchRows) {
        applier.apply(rows.slice(i, i + t.applyBatchRows), core.now().toISOString(), floorUid);
        await yieldToLoop();
      }
      if (closed || rows.length < t.pageSize) break;
      cursor = Number((rows[rows.length - 1] as FeedRow).seq);
      rows = await readPage(cursor, t.pageSize);
      if (rows.length === 0) break;
    }
    return applier.applied();
  }

  async function followInWorker(cursor: number): Promise<FollowApplied> {
    stopping = new AbortController();
    try {
      return await runInWorker(
        core,
        'erp-follow',
        {
          databasePath: core.databasePath,
          floorUid,
          cursor,
          pageSize: t.pageSize,
          applyBatchRows: t.applyBatchRows,
          clockOffsetMs: core.now().getTime() - Date.now(),
        },
        {
          label: ERP_FOLLOW_LABEL,
          diedHint: 'resumable',
          signal: stopping.signal,
          serve: async (p) => {
            const call = p as ErpFollowPageCall;
            if (call.kind !== 'erpFollowPage')
              throw new Error(`unknown erp-follow call ${String(call.kind)}`);
            return readPage(call.cursor, call.limit);
          },
        },
      );
    } finally {
      stopping = null;
    }
  }

  async function round(): Promise<void> {
    const cursor = await startCursor();
    const first = await readPage(cursor, t.pageSize);
    if (closed || first.length === 0) return;
    const applied =
      first.length === t.pageSize && canRunInWorker(core)
        ? await followInWorker(cursor)
        : await followInline(cursor, first);
    if (applied.rowsPerTable.length === 0) return;
    const summary: SyncSummary = {
      tables: applied.rowsPerTable.map(([table, rows]) => ({ table, rows, pages: 1 })),
      rows: applied.rowsPerTable.reduce((a, [, n]) => a + n, 0),
      changedClientIds: applied.changedClientIds,
    };
    // The events the sync itself sends, and each changed client's own screen (register, Histórico).
    await announceSyncSummary(core, summary, null);
    for (const id of summary.changedClientIds) emitClientChanged(core, id, ['register', 'history']);
  }

  const puller = coalescedPull(round, () => closed);
  const pullNow = puller.pull;

  return {
    pullNow,
    cursor: current,
    async close() {
      closed = true;
      stopping?.abort();
      await puller.settled();
    },
  };
}

/** The LISTEN connection's wake-up: a failure only logs (the next notification or reconnect retries). */
export function followErpInBackground(core: Pick<Core, 'erpFollower'>): void {
  void core.erpFollower
    .pullNow()
    .catch((e: unknown) => log.warn(`banco central: dados do ERP não atualizados: ${(e as Error).message}`));
}
