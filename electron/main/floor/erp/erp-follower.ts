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
 * Runs on the main thread, in short SQLite transactions of at most `applyBatchRows` rows (the
 * follow cursor moves in each), yielding to the event loop between them: a first fill of a
 * large ERP never holds the thread or the write lock for long. Woken by the change feed's LISTEN
 * connection (replicator.ts) on every notification of its tables and on every (re)connect; a
 * pull that fails (central database down) leaves the cache as it was, and the next wake-up
 * continues from the stored cursor.
 */
import type { Core } from '../../core-types';
import type { ErpTable, ErpTableRecord } from '../../gateways/erp/erp-gateway';
import { announceSyncSummary } from '../../jobs/erp-sync.job';
import { log } from '../../log';
import { emitClientChanged } from '../../services/clients/client-events';
import { createClientSyncGuard } from '../../services/erp/erp-sync-client-guard';
import type { SyncSummary } from '../../services/erp/erp-sync.service';
import { createWriters } from '../../services/erp/erp-sync-writers';
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

/** The central tables this follower reads; a notification of one of them wakes it. */
export const ERP_FEED_TABLES = ['erp_central_records', 'erp_central_cursors'];

interface FeedRow {
  kind: 'record' | 'cursor';
  seq: number;
  tbl: string;
  /** JSON text: the record as the holder's sync received it, or the central cursor row. */
  data: string;
  synced_at: string;
}

interface CentralCursorRow {
  table_name: string;
  changed_since: string | null;
  page_token: string | null;
  rows_total: number;
  last_completed_at: string | null;
  updated_at: string;
}

const FEED_SQL = `
  SELECT * FROM (
    (SELECT 'record' AS kind, seq, tbl, data, synced_at FROM erp_central_records
      WHERE seq > $1 ORDER BY seq LIMIT $2)
    UNION ALL
    (SELECT 'cursor' AS kind, seq, table_name AS tbl, (to_jsonb(c) - 'seq')::text AS data, updated_at AS synced_at
       FROM erp_central_cursors c WHERE seq > $1 ORDER BY seq LIMIT $2)
  ) feed ORDER BY seq LIMIT $2`;

const yieldToLoop = () => new Promise((resolve) => setImmediate(resolve));

export function createErpFollower(core: Core, tuning: Partial<ErpFollowerTuning> = {}): ErpFollower {
  const pool = core.floor.pool;
  if (!pool) return NO_ERP_FOLLOWER;
  const t = { ...DEFAULT_ERP_FOLLOWER, ...tuning };
  const db = core.db;
  let floorUid: string | null = null;
  let closed = false;

  const readState = db.prepare('SELECT floor_uid, cursor FROM floor_erp_follow WHERE id = 1');
  const saveState = db.prepare(
    `INSERT INTO floor_erp_follow (id, floor_uid, cursor, pulled_at) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET floor_uid = excluded.floor_uid, cursor = excluded.cursor,
       pulled_at = excluded.pulled_at`,
  );
  const copyCursor = db.prepare(
    `INSERT INTO erp_sync_cursors (table_name, changed_since, page_token, rows_total, last_completed_at, updated_at)
     VALUES (@table_name, @changed_since, @page_token, @rows_total, @last_completed_at, @updated_at)
     ON CONFLICT (table_name) DO UPDATE SET changed_since = excluded.changed_since,
       page_token = excluded.page_token, rows_total = excluded.rows_total,
       last_completed_at = coalesce(excluded.last_completed_at, last_completed_at),
       updated_at = excluded.updated_at`,
  );

  const current = (): number => (readState.get() as { cursor: number } | undefined)?.cursor ?? 0;

  async function startCursor(): Promise<number> {
    floorUid ??= String(
      (await pool!.query<{ u: string }>('SELECT floor_uid::text AS u FROM floor_meta WHERE id = 1')).rows[0]
        ?.u,
    );
    const state = readState.get() as { floor_uid: string; cursor: number } | undefined;
    // A cursor of another central database means nothing here: read that floor's rows from the
    // start (the upserts absorb what the cache already holds).
    return state?.floor_uid === floorUid ? state.cursor : 0;
  }

  async function round(): Promise<void> {
    let cursor = await startCursor();
    const guard = createClientSyncGuard(db);
    const writerFor = createWriters(db, guard);
    const rowsPerTable = new Map<ErpTable, number>();
    const apply = db.transaction((rows: FeedRow[], at: string) => {
      // Consecutive records of one table and sync moment go to the writer as one page.
      let i = 0;
      while (i < rows.length) {
        const first = rows[i] as FeedRow;
        if (first.kind === 'cursor') {
          copyCursor.run(JSON.parse(first.data) as CentralCursorRow);
          i += 1;
          continue;
        }
        let j = i;
        while (
          j < rows.length &&
          rows[j]?.kind === 'record' &&
          rows[j]?.tbl === first.tbl &&
          rows[j]?.synced_at === first.synced_at
        )
          j += 1;
        const table = first.tbl as ErpTable;
        writerFor(table)(
          rows.slice(i, j).map((r) => JSON.parse(r.data) as ErpTableRecord<ErpTable>),
          first.synced_at,
        );
        rowsPerTable.set(table, (rowsPerTable.get(table) ?? 0) + (j - i));
        i = j;
      }
      saveState.run(floorUid, (rows[rows.length - 1] as FeedRow).seq, at);
    });
    for (;;) {
      const { rows } = await pool!.query<FeedRow>(FEED_SQL, [cursor, t.pageSize]);
      if (closed || rows.length === 0) break;
      for (let i = 0; i < rows.length; i += t.applyBatchRows) {
        // IMMEDIATE: the write lock is taken (waiting out the sync worker's short commits) before
        // the writers read, so a commit of another connection cannot invalidate the read.
        apply.immediate(rows.slice(i, i + t.applyBatchRows), core.now().toISOString());
        await yieldToLoop();
      }
      cursor = Number((rows[rows.length - 1] as FeedRow).seq);
      if (rows.length < t.pageSize) break;
    }
    if (rowsPerTable.size === 0) return;
    const summary: SyncSummary = {
      tables: [...rowsPerTable].map(([table, rows]) => ({ table, rows, pages: 1 })),
      rows: [...rowsPerTable.values()].reduce((a, b) => a + b, 0),
      changedClientIds: guard.changedClientIds(),
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
