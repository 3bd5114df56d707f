/**
 * Applies central ERP rows (erp_central_records, erp_central_cursors) to one SQLite connection
 * with the sync's own page writers: used by the seat's follower on the main thread for a short
 * catch-up, and by the `erp-follow` worker task for a long one (a new seat's first fill).
 */
import type { Db } from '../../db/connection';
import type { ErpTable, ErpTableRecord } from '../../gateways/erp/erp-gateway';
import { createClientSyncGuard } from '../../services/erp/erp-sync-client-guard';
import { createWriters } from '../../services/erp/erp-sync-writers';

export interface FeedRow {
  kind: 'record' | 'cursor';
  seq: number | string;
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

/** $1 the cursor, $2 the page size: the next central ERP rows, records and cursors, by seq. */
export const ERP_FEED_SQL = `
  SELECT * FROM (
    (SELECT 'record' AS kind, seq, tbl, data, synced_at FROM erp_central_records
      WHERE seq > $1 ORDER BY seq LIMIT $2)
    UNION ALL
    (SELECT 'cursor' AS kind, seq, table_name AS tbl, (to_jsonb(c) - 'seq')::text AS data, updated_at AS synced_at
       FROM erp_central_cursors c WHERE seq > $1 ORDER BY seq LIMIT $2)
  ) feed ORDER BY seq LIMIT $2`;

export interface FollowApplied {
  rowsPerTable: [ErpTable, number][];
  changedClientIds: number[];
}

export interface FollowApplier {
  /** One IMMEDIATE transaction: the rows, then this seat's follow cursor at the last one's seq. */
  apply(rows: FeedRow[], at: string, floorUid: string | null): void;
  applied(): FollowApplied;
}

export function readFollowState(db: Db): { floor_uid: string; cursor: number } | undefined {
  return db.prepare('SELECT floor_uid, cursor FROM floor_erp_follow WHERE id = 1').get() as
    { floor_uid: string; cursor: number } | undefined;
}

export function createFollowApplier(db: Db): FollowApplier {
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
  const guard = createClientSyncGuard(db);
  const writerFor = createWriters(db, guard);
  const rowsPerTable = new Map<ErpTable, number>();
  const apply = db.transaction((rows: FeedRow[], at: string, floorUid: string | null) => {
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
    saveState.run(floorUid, Number((rows[rows.length - 1] as FeedRow).seq), at);
  });
  return {
    // IMMEDIATE: the write lock is taken (waiting out another connection's short commits) before
    // the writers read, so a commit of another connection cannot invalidate the read.
    apply: (rows, at, floorUid) => apply.immediate(rows, at, floorUid),
    applied: () => ({ rowsPerTable: [...rowsPerTable], changedClientIds: guard.changedClientIds() }),
  };
}
