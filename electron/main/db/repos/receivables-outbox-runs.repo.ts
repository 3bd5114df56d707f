import type { Db } from '../connection';

/** When the last run that really sent (not a skipped one) succeeded. */
export function lastSuccessfulSend(db: Db, job: string): string | null {
  const row = db
    .prepare(
      `SELECT finished_at FROM job_runs WHERE job = ? AND status = 'success'
         AND json_extract(details, '$.skipped') IS NULL ORDER BY id DESC LIMIT 1`,
    )
    .get(job) as { finished_at: string | null } | undefined;
  return row?.finished_at ?? null;
}

export function requestErrorsOfRun(db: Db, runId: number): number {
  return (
    db
      .prepare("SELECT count(*) AS n FROM bureau_receivables_requests WHERE run_id = ? AND status = 'error'")
      .get(runId) as { n: number }
  ).n;
}

/** Rows of the exports still being sent, and how many of them the bureau already has. */
export function sendingProgress(db: Db): { totalRows: number; sentRows: number } {
  return db
    .prepare(
      `SELECT coalesce(sum(e.rows), 0) AS totalRows,
         coalesce(sum((SELECT coalesce(sum(b.rows + b.rejected_rows), 0) FROM receivables_batches b
                       WHERE b.export_id = e.id)), 0) AS sentRows
       FROM receivables_exports e WHERE e.status = 'sending'`,
    )
    .get() as { totalRows: number; sentRows: number };
}
