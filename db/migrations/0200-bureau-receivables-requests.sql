-- One row per HTTP request that sends receivables to the bureau (daily job batches and the
-- per-query upload), with its outcome, so the integration page can list every send and error.
-- run_id is the job run that made the request; NULL for the upload before a bureau query.
CREATE TABLE bureau_receivables_requests (
  id INTEGER PRIMARY KEY,
  run_id INTEGER REFERENCES job_runs(id),
  at TEXT NOT NULL,
  direction TEXT NOT NULL DEFAULT 'envio',
  endpoint TEXT NOT NULL,
  http_status INTEGER,
  status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
  rows INTEGER NOT NULL DEFAULT 0,
  amount_cents INTEGER NOT NULL DEFAULT 0,
  duration_ms INTEGER NOT NULL,
  error TEXT
);
CREATE INDEX bureau_receivables_requests_at ON bureau_receivables_requests (at);
CREATE INDEX bureau_receivables_requests_run ON bureau_receivables_requests (run_id);
