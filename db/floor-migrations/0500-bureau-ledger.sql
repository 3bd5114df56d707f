-- The bureau (Deps) query ledger of the whole floor: same columns and value shapes as the
-- SQLite ledger (db/migrations/0150), plus the seat that holds a pending row and until when.
-- A row is claimed here BEFORE the paid call goes out, so two seats can never both pay.
CREATE TABLE bureau_queries (
  id BIGSERIAL PRIMARY KEY,
  idempotency_key TEXT NOT NULL UNIQUE,
  -- The id the client has on the seat that made the query (seats' caches number clients alike,
  -- but the document is what identifies the client across the floor).
  client_id BIGINT NOT NULL,
  document TEXT NOT NULL,
  person_type TEXT NOT NULL CHECK (person_type IN ('F', 'J')),
  product_id TEXT NOT NULL,
  product_name TEXT NOT NULL,
  user_id BIGINT,
  user_name TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed', 'unknown')),
  requested_at TEXT NOT NULL,
  finished_at TEXT,
  error_code TEXT,
  error_message TEXT,
  raw_result TEXT,
  bureau_query_id TEXT,
  score INTEGER,
  risk TEXT,
  classification TEXT,
  suggested_limit_cents BIGINT,
  approved INTEGER CHECK (approved IN (0, 1)),
  opinion TEXT,
  partial INTEGER NOT NULL DEFAULT 0 CHECK (partial IN (0, 1)),
  reused INTEGER NOT NULL DEFAULT 0 CHECK (reused IN (0, 1)),
  receivables_note TEXT,
  erp_posted_at TEXT,
  -- The seat whose call is in flight, and the lease it renews while waiting for the bureau. A
  -- pending row whose lease ran out (the seat crashed) becomes unknown: never retried.
  held_by TEXT,
  lease_until TIMESTAMPTZ
);
-- At most one query in flight per client (by document) and product on the whole floor.
CREATE UNIQUE INDEX bureau_queries_one_in_flight ON bureau_queries (document, product_id)
  WHERE status = 'pending';
CREATE INDEX bureau_queries_document ON bureau_queries (document, requested_at);
CREATE INDEX bureau_queries_month ON bureau_queries (requested_at) WHERE reused = 0;
