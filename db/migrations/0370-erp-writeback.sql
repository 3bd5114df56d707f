-- Write-back of ERP-owned fields (docs/data-ownership.md). The ERP is the system of record:
-- an edit made in the console waits here until the ERP confirms it, and a sync never puts the
-- old value back while it waits.

-- The version of the client register the ERP sent last (its alteradoEm); a write-back carries
-- it so the ERP can refuse an edit made over a version that changed meanwhile (409).
ALTER TABLE clients ADD COLUMN erp_version TEXT;

-- One row per client and target ('client' = the register, 'address:<kind>' = one address):
-- the fields the agent changed, what the ERP had then, and the key every retry reuses.
CREATE TABLE client_erp_edits (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  erp_code TEXT NOT NULL,
  target TEXT NOT NULL,
  -- JSON {field: value}: what the agent wants the ERP to have.
  fields TEXT NOT NULL,
  -- JSON {field: value}: the ERP's values when the agent edited (restored on a rejection).
  erp_fields TEXT NOT NULL,
  base_version TEXT,
  idempotency_key TEXT NOT NULL UNIQUE,
  -- pending: waits for / was sent to the ERP; conflict: the ERP changed the same field meanwhile
  -- (409 or a newer version by sync), the agent chooses; rejected: 400/422, kept to show why.
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'conflict', 'rejected')),
  conflict_fields TEXT,
  conflict_version TEXT,
  message TEXT,
  user_id INTEGER REFERENCES users (id),
  user_name TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  UNIQUE (client_id, target)
);
CREATE INDEX client_erp_edits_waiting ON client_erp_edits (id) WHERE state = 'pending';
CREATE INDEX client_erp_edits_erp_code ON client_erp_edits (erp_code) WHERE state IN ('pending', 'conflict');
