/** Every seat's job runs (db/floor-migrations/0700): only in PostgreSQL, read on demand. */
import type { Generated } from 'kysely';
import type { JobRunStatus, JobTrigger } from '../../db/repos/job-runs.repo';

export interface FloorJobRunsTable {
  id: Generated<number>;
  seat: string;
  seat_name: string;
  local_id: number;
  job: string;
  business_date: string;
  trigger: JobTrigger;
  status: JobRunStatus;
  started_at: string;
  finished_at: string | null;
  outcome: string | null;
  details: string;
  requests: number;
  failed_requests: number;
  rows: number;
  log_text: string | null;
}

export interface JobRunsTables {
  floor_job_runs: FloorJobRunsTable;
}
