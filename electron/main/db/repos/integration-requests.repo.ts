/**
 * The request logs of both integrations, read the same way: the ERP sync's reads
 * (erp_sync_requests) and the receivables sent to the bureau (bureau_receivables_requests).
 * The `iterate` functions stream rows for the workbook and the run log without loading them.
 */
import type { Db } from '../connection';

export interface IntegrationRequestRow {
  id: number;
  run_id: number | null;
  at: string;
  direction: string;
  endpoint: string;
  status: 'ok' | 'error';
  http_status: number | null;
  rows: number;
  duration_ms: number;
  error_code: string | null;
  error: string | null;
  /** Only the bureau sends money amounts; null for the ERP's reads. */
  amount_cents: number | null;
}

export interface RequestTotals {
  requests: number;
  failed: number;
  rows: number;
  duration_ms: number;
  first_at: string | null;
  last_at: string | null;
}

const ERP_COLUMNS = `id, run_id, at, direction, endpoint, status, http_status, rows, duration_ms, error_code, error,
  NULL AS amount_cents`;
const BUREAU_COLUMNS = `id, run_id, at, direction, endpoint, status, http_status, rows, duration_ms,
  NULL AS error_code, error, amount_cents`;
const TOTALS = `count(*) AS requests, coalesce(sum(status = 'error'), 0) AS failed, coalesce(sum(rows), 0) AS rows,
  coalesce(sum(duration_ms), 0) AS duration_ms, min(at) AS first_at, max(at) AS last_at`;

/** One ERP table's requests in [fromIso, toIso), oldest first (index table_name, at). */
export function iterateErpRequests(
  db: Db,
  table: string,
  fromIso: string,
  toIso: string,
): IterableIterator<IntegrationRequestRow> {
  return db
    .prepare(
      `SELECT ${ERP_COLUMNS} FROM erp_sync_requests WHERE table_name = ? AND at >= ? AND at < ? ORDER BY at, id`,
    )
    .iterate(table, fromIso, toIso) as IterableIterator<IntegrationRequestRow>;
}

/** Every receivables send to the bureau in [fromIso, toIso), oldest first (index on at). */
export function iterateBureauRequests(
  db: Db,
  fromIso: string,
  toIso: string,
): IterableIterator<IntegrationRequestRow> {
  return db
    .prepare(
      `SELECT ${BUREAU_COLUMNS} FROM bureau_receivables_requests WHERE at >= ? AND at < ? ORDER BY at, id`,
    )
    .iterate(fromIso, toIso) as IterableIterator<IntegrationRequestRow>;
}

export function erpRequestTotals(db: Db, table: string, fromIso: string, toIso: string): RequestTotals {
  return db
    .prepare(`SELECT ${TOTALS} FROM erp_sync_requests WHERE table_name = ? AND at >= ? AND at < ?`)
    .get(table, fromIso, toIso) as RequestTotals;
}

export function bureauRequestTotals(db: Db, fromIso: string, toIso: string): RequestTotals {
  return db
    .prepare(`SELECT ${TOTALS} FROM bureau_receivables_requests WHERE at >= ? AND at < ?`)
    .get(fromIso, toIso) as RequestTotals;
}

/** The requests one ERP sync run made, in the order it made them. */
export function iterateErpRunRequests(
  db: Db,
  runId: number,
): IterableIterator<IntegrationRequestRow & { table_name: string }> {
  return db
    .prepare(`SELECT ${ERP_COLUMNS}, table_name FROM erp_sync_requests WHERE run_id = ? ORDER BY id`)
    .iterate(runId) as IterableIterator<IntegrationRequestRow & { table_name: string }>;
}

export function iterateBureauRunRequests(db: Db, runId: number): IterableIterator<IntegrationRequestRow> {
  return db
    .prepare(`SELECT ${BUREAU_COLUMNS} FROM bureau_receivables_requests WHERE run_id = ? ORDER BY id`)
    .iterate(runId) as IterableIterator<IntegrationRequestRow>;
}

export function erpRunTotals(db: Db, runId: number): RequestTotals {
  return db.prepare(`SELECT ${TOTALS} FROM erp_sync_requests WHERE run_id = ?`).get(runId) as RequestTotals;
}

export function bureauRunTotals(db: Db, runId: number): RequestTotals {
  return db
    .prepare(`SELECT ${TOTALS} FROM bureau_receivables_requests WHERE run_id = ?`)
    .get(runId) as RequestTotals;
}
