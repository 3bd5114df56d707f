import type { Db } from '../connection';

export type JobTrigger = 'schedule' | 'catch_up' | 'manual';
export type JobRunStatus = 'running' | 'success' | 'failed' | 'interrupted';

export interface JobRunRecord {
  id: number;
  job: string;
  business_date: string;
  trigger: JobTrigger;
  status: JobRunStatus;
  started_at: string;
  finished_at: string | null;
  outcome: string | null;
  details: string;
}

export function insertJobRun(
  db: Db,
  r: { job: string; businessDate: string; trigger: JobTrigger; startedAt: string },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO job_runs (job, business_date, trigger, status, started_at) VALUES (?, ?, ?, 'running', ?)`,
      )
      .run(r.job, r.businessDate, r.trigger, r.startedAt).lastInsertRowid,
  );
}

export function finishJobRun(
  db: Db,
  id: number,
  r: { status: Exclude<JobRunStatus, 'running'>; finishedAt: string; outcome: string; details?: object },
): void {
  db.prepare(`UPDATE job_runs SET status = ?, finished_at = ?, outcome = ?, details = ? WHERE id = ?`).run(
    r.status,
    r.finishedAt,
    r.outcome,
    JSON.stringify(r.details ?? {}),
    id,
  );
}

/** Runs left 'running' by a process that died: they did not finish, so their slot is still owed. */
export function markRunningInterrupted(db: Db, at: string): number {
  return db
    .prepare(
      `UPDATE job_runs SET status = 'interrupted', finished_at = ?,
       outcome = coalesce(outcome, 'Interrompida: o aplicativo foi fechado durante a execução.')
       WHERE status = 'running'`,
    )
    .run(at).changes;
}

/** Whether a scheduled (or caught-up) run already served the slot of `businessDate`. */
export function slotServed(db: Db, job: string, businessDate: string): boolean {
  return !!db
    .prepare(
      `SELECT 1 FROM job_runs WHERE job = ? AND business_date = ? AND trigger IN ('schedule', 'catch_up')
       AND status <> 'interrupted' LIMIT 1`,
    )
    .get(job, businessDate);
}

export function getJobRun(db: Db, id: number): JobRunRecord | undefined {
  return db.prepare('SELECT * FROM job_runs WHERE id = ?').get(id) as JobRunRecord | undefined;
}

export function listJobRuns(db: Db, job: string, limit: number): JobRunRecord[] {
  return db
    .prepare('SELECT * FROM job_runs WHERE job = ? ORDER BY id DESC LIMIT ?')
    .all(job, limit) as JobRunRecord[];
}

/** Mean duration of the last successful runs, for "duração média". */
export function averageRunMs(db: Db, job: string, lastN: number): number | null {
  const row = db
    .prepare(
      `SELECT avg((julianday(finished_at) - julianday(started_at)) * 86400000.0) AS ms FROM (
         SELECT started_at, finished_at FROM job_runs WHERE job = ? AND status = 'success' ORDER BY id DESC LIMIT ?)`,
    )
    .get(job, lastN) as { ms: number | null };
  return row.ms === null ? null : Math.round(row.ms);
}
