import type { Db } from '../connection';

export interface SyncCursor {
  table_name: string;
  changed_since: string | null;
  page_token: string | null;
  rows_total: number;
  last_completed_at: string | null;
  updated_at: string;
}

export function getSyncCursor(db: Db, table: string): SyncCursor | undefined {
  return db.prepare('SELECT * FROM erp_sync_cursors WHERE table_name = ?').get(table) as
    SyncCursor | undefined;
}

export function listSyncCursors(db: Db): SyncCursor[] {
  return db.prepare('SELECT * FROM erp_sync_cursors ORDER BY table_name').all() as SyncCursor[];
}

/** Moves a table's cursor after a stored page; called inside the page's transaction. */
export function saveSyncCursor(
  db: Db,
  c: {
    table: string;
    changedSince: string | null;
    pageToken: string | null;
    addedRows: number;
    completedAt: string | null;
    at: string;
  },
): void {
  db.prepare(
    `INSERT INTO erp_sync_cursors (table_name, changed_since, page_token, rows_total, last_completed_at, updated_at)
     VALUES (@table, @changedSince, @pageToken, @addedRows, @completedAt, @at)
     ON CONFLICT (table_name) DO UPDATE SET changed_since = excluded.changed_since,
       page_token = excluded.page_token, rows_total = rows_total + excluded.rows_total,
       last_completed_at = coalesce(excluded.last_completed_at, last_completed_at), updated_at = excluded.updated_at`,
  ).run(c);
}

export interface SyncRequestRecord {
  id: number;
  run_id: number | null;
  table_name: string;
  at: string;
  rows: number;
  status: 'ok' | 'error';
  http_status: number | null;
  duration_ms: number;
  error_code: string | null;
  error: string | null;
}

/** The sync only reads, so direction and endpoint follow from the table (GET /v1/tabelas/{tabela}). */
export function insertSyncRequest(db: Db, r: Omit<SyncRequestRecord, 'id'>): void {
  db.prepare(
    `INSERT INTO erp_sync_requests (run_id, table_name, at, rows, status, http_status, duration_ms, error_code, error,
       direction, endpoint)
     VALUES (@run_id, @table_name, @at, @rows, @status, @http_status, @duration_ms, @error_code, @error,
       'recebimento', '/v1/tabelas/' || @table_name)`,
  ).run(r);
}

export function listSyncRequests(db: Db, runId: number, limit: number): SyncRequestRecord[] {
  return db
    .prepare('SELECT * FROM erp_sync_requests WHERE run_id = ? ORDER BY id DESC LIMIT ?')
    .all(runId, limit) as SyncRequestRecord[];
}

/** Per table: rows and requests of one run, for the run's summary. */
export function runTableTotals(
  db: Db,
  runId: number,
): { table_name: string; rows: number; requests: number; errors: number }[] {
  return db
    .prepare(
      `SELECT table_name, sum(rows) AS rows, count(*) AS requests, sum(status = 'error') AS errors
       FROM erp_sync_requests WHERE run_id = ? GROUP BY table_name ORDER BY table_name`,
    )
    .all(runId) as { table_name: string; rows: number; requests: number; errors: number }[];
}
