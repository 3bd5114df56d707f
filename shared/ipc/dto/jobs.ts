/** A background job's progress as the job worker reports it (event `job.progress`). */
export interface JobProgress {
  /** The worker task, e.g. 'erp-sync'. */
  task: string;
  /** pt-BR name of the job. */
  label: string;
  /** The run in job_runs, when the job runs under the scheduler. */
  runId: number | null;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  /** Task-specific figures (e.g. table, rows, pages of the ERP sync). */
  progress: unknown;
  /** pt-BR reason of a failure. */
  message: string | null;
}
