import type { Db } from '../connection';
import type { JobRunRecord } from './job-runs.repo';

/** Runs of the given jobs, newest first, before `beforeId` (keyset paging). */
export function listRunsOfJobs(
  db: Db,
  jobs: string[],
  beforeId: number | null,
  limit: number,
): JobRunRecord[] {
  const marks = jobs.map(() => '?').join(', ');
  return db
    .prepare(`SELECT * FROM job_runs WHERE job IN (${marks}) AND id < ? ORDER BY id DESC LIMIT ?`)
    .all(...jobs, beforeId ?? Number.MAX_SAFE_INTEGER, limit) as JobRunRecord[];
}

/** When a run of `job` last finished successfully (ISO), or null. */
export function lastSuccessAt(db: Db, job: string): string | null {
  const row = db
    .prepare(`SELECT max(finished_at) AS at FROM job_runs WHERE job = ? AND status = 'success'`)
    .get(job) as { at: string | null };
  return row.at;
}
