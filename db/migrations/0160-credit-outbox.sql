-- Credit changes made in the console that must still reach the ERP (the shared system of
-- record). Written in the same transaction as the local change and its audit row.
CREATE TABLE credit_outbox (
  id INTEGER PRIMARY KEY,
  -- Sent with the write-back so a retry after a timeout has the same effect as one call.
  idempotency_key TEXT NOT NULL UNIQUE,
  client_id INTEGER NOT NULL REFERENCES clients (id),
  erp_code TEXT NOT NULL,
  credit_limit_cents INTEGER NOT NULL,
  credit_status TEXT NOT NULL,
  bureau_query_id INTEGER REFERENCES bureau_queries (id),
  user_id INTEGER REFERENCES users (id),
  created_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  sent_at TEXT
);
CREATE INDEX credit_outbox_pending ON credit_outbox (id) WHERE sent_at IS NULL;
