-- Runs of the main-process scheduler (ERP sync, receivables to the bureau, ...). One row per
-- run; business_date is the São Paulo date of the daily slot the run serves, so "was today's
-- 00:00 run done?" is one indexed lookup and a missed slot is caught up exactly once.
CREATE TABLE job_runs (
  id INTEGER PRIMARY KEY,
  job TEXT NOT NULL,
  business_date TEXT NOT NULL,
  trigger TEXT NOT NULL CHECK (trigger IN ('schedule', 'catch_up', 'manual')),
  status TEXT NOT NULL CHECK (status IN ('running', 'success', 'failed', 'interrupted')),
  started_at TEXT NOT NULL,
  finished_at TEXT,
  -- pt-BR summary on success, the error message on failure.
  outcome TEXT,
  details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX job_runs_job_date ON job_runs (job, business_date);
CREATE INDEX job_runs_job_id ON job_runs (job, id);
CREATE INDEX job_runs_running ON job_runs (status) WHERE status = 'running';
