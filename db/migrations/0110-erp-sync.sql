-- ERP sync: per-table cursor, request log and the cache of tables without a table of their own.
-- The cursor and a page's rows are written in one transaction, so a crash resumes from the
-- last stored page: no gap, and upserts by ERP key make a repeated page harmless.
CREATE TABLE erp_sync_cursors (
  table_name TEXT PRIMARY KEY,
  -- alteradoDesde of the read in progress, or of the next read when page_token is NULL.
  changed_since TEXT,
  page_token TEXT,
  rows_total INTEGER NOT NULL DEFAULT 0,
  last_completed_at TEXT,
  updated_at TEXT NOT NULL
);

CREATE TABLE erp_sync_requests (
  id INTEGER PRIMARY KEY,
  run_id INTEGER REFERENCES job_runs (id) ON DELETE CASCADE,
  table_name TEXT NOT NULL,
  at TEXT NOT NULL,
  rows INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
  http_status INTEGER,
  duration_ms INTEGER NOT NULL,
  error_code TEXT,
  error TEXT
);
CREATE INDEX erp_sync_requests_run ON erp_sync_requests (run_id, id);
CREATE INDEX erp_sync_requests_table_at ON erp_sync_requests (table_name, at);

-- Orders, invoices, quotes, brands, sellers, suppliers: kept as the ERP sent them (JSON).
CREATE TABLE erp_records (
  table_name TEXT NOT NULL,
  erp_key TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  payload TEXT NOT NULL,
  PRIMARY KEY (table_name, erp_key)
) WITHOUT ROWID;
