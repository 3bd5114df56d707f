-- Ledger of credit bureau (Deps) queries. A row is written BEFORE the paid call goes out, so a
-- crash, a double click or a timeout can never turn into a second charge unnoticed.
-- status: pending (call in flight), succeeded (result stored whole in raw_result), failed (the
-- bureau answered with an error: not charged), unknown (sent, no answer: maybe charged; never
-- retried automatically).
CREATE TABLE bureau_queries (
  id INTEGER PRIMARY KEY,
  idempotency_key TEXT NOT NULL UNIQUE,
  client_id INTEGER NOT NULL REFERENCES clients (id),
  document TEXT NOT NULL,
  person_type TEXT NOT NULL CHECK (person_type IN ('F', 'J')),
  product_id TEXT NOT NULL,
  product_name TEXT NOT NULL,
  user_id INTEGER REFERENCES users (id),
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
  suggested_limit_cents INTEGER,
  approved INTEGER CHECK (approved IN (0, 1)),
  opinion TEXT,
  partial INTEGER NOT NULL DEFAULT 0 CHECK (partial IN (0, 1)),
  -- 1 when the bureau was asked to return a result it already had (reutilizarDadosExistentes),
  -- e.g. to view a query made on another desktop: not a new, billed query.
  reused INTEGER NOT NULL DEFAULT 0 CHECK (reused IN (0, 1)),
  receivables_note TEXT,
  -- When the record reached the ERP's shared query list (so other desktops see it); NULL = not yet.
  erp_posted_at TEXT
);
-- At most one query in flight per client and product: the database refuses the second one.
CREATE UNIQUE INDEX bureau_queries_one_in_flight ON bureau_queries (client_id, product_id)
  WHERE status = 'pending';
CREATE INDEX bureau_queries_client ON bureau_queries (client_id, requested_at);
CREATE INDEX bureau_queries_erp_unposted ON bureau_queries (erp_posted_at)
  WHERE erp_posted_at IS NULL AND status IN ('succeeded', 'unknown');
