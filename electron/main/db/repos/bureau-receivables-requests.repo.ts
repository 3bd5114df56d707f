import type { Db } from '../connection';

/** One HTTP request that sent receivables to the bureau (table bureau_receivables_requests). */
export interface BureauReceivablesRequest {
  runId: number | null;
  at: string;
  endpoint: string;
  httpStatus: number | null;
  status: 'ok' | 'error';
  rows: number;
  amountCents: number;
  durationMs: number;
  error: string | null;
}

export interface BureauReceivablesRequestRecord {
  id: number;
  run_id: number | null;
  at: string;
  direction: string;
  endpoint: string;
  http_status: number | null;
  status: 'ok' | 'error';
  rows: number;
  amount_cents: number;
  duration_ms: number;
  error: string | null;
}

export function insertBureauReceivablesRequest(db: Db, r: BureauReceivablesRequest): number {
  return Number(
    db
      .prepare(
        `INSERT INTO bureau_receivables_requests (run_id, at, endpoint, http_status, status, rows, amount_cents,
           duration_ms, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        r.runId,
        r.at,
        r.endpoint,
        r.httpStatus,
        r.status,
        r.rows,
        r.amountCents,
        Math.round(r.durationMs),
        r.error,
      ).lastInsertRowid,
  );
}

/** The requests of one run, newest first. */
export function listRunRequests(db: Db, runId: number, limit: number): BureauReceivablesRequestRecord[] {
  return db
    .prepare('SELECT * FROM bureau_receivables_requests WHERE run_id = ? ORDER BY id DESC LIMIT ?')
    .all(runId, limit) as BureauReceivablesRequestRecord[];
}
