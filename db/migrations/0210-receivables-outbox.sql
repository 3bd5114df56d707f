-- Receivables to the bureau (daily 01:00 job): what moved, what was snapshotted to send, what
-- the bureau acknowledged.

-- Every movement of every receivable title, one row each, numbered (seq) in the order this
-- console learned of it. Kept by triggers from receivables.movements, so the ERP sync needs no
-- change. export_id is the export that snapshotted the movement; NULL while still to be sent.
CREATE TABLE receivable_movements (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  receivable_id INTEGER NOT NULL REFERENCES receivables (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  date TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  export_id INTEGER
);
CREATE UNIQUE INDEX receivable_movements_title ON receivable_movements (receivable_id, idx);
-- The daily delta reads only what is still pending after the full load's high-water mark.
CREATE INDEX receivable_movements_pending ON receivable_movements (seq) WHERE export_id IS NULL;
CREATE INDEX receivable_movements_export ON receivable_movements (export_id) WHERE export_id IS NOT NULL;

INSERT INTO receivable_movements (receivable_id, idx, kind, date, amount_cents)
SELECT r.id, j.key, coalesce(json_extract(j.value, '$.kind'), ''), coalesce(json_extract(j.value, '$.date'), ''),
  coalesce(json_extract(j.value, '$.amountCents'), 0)
FROM receivables r, json_each(r.movements) j
WHERE json_valid(r.movements)
ORDER BY r.id, j.key;

CREATE TRIGGER receivables_movements_insert AFTER INSERT ON receivables WHEN json_valid(NEW.movements)
BEGIN
  INSERT INTO receivable_movements (receivable_id, idx, kind, date, amount_cents)
  SELECT NEW.id, j.key, coalesce(json_extract(j.value, '$.kind'), ''), coalesce(json_extract(j.value, '$.date'), ''),
    coalesce(json_extract(j.value, '$.amountCents'), 0)
  FROM json_each(NEW.movements) j ORDER BY j.key;
END;

-- A movement the ERP rewrote is removed and numbered again (it goes out again under the same
-- key, which the bureau overwrites); unchanged movements keep their number and their export.
CREATE TRIGGER receivables_movements_update AFTER UPDATE OF movements ON receivables
WHEN OLD.movements IS NOT NEW.movements AND json_valid(NEW.movements)
BEGIN
  DELETE FROM receivable_movements WHERE receivable_id = NEW.id AND NOT EXISTS (
    SELECT 1 FROM json_each(NEW.movements) j
    WHERE j.key = receivable_movements.idx
      AND coalesce(json_extract(j.value, '$.kind'), '') = receivable_movements.kind
      AND coalesce(json_extract(j.value, '$.date'), '') = receivable_movements.date
      AND coalesce(json_extract(j.value, '$.amountCents'), 0) = receivable_movements.amount_cents);
  -- (INSERT OR IGNORE would not do: the outer statement's conflict rule overrides a trigger's.)
  INSERT INTO receivable_movements (receivable_id, idx, kind, date, amount_cents)
  SELECT NEW.id, j.key, coalesce(json_extract(j.value, '$.kind'), ''), coalesce(json_extract(j.value, '$.date'), ''),
    coalesce(json_extract(j.value, '$.amountCents'), 0)
  FROM json_each(NEW.movements) j
  WHERE NOT EXISTS (SELECT 1 FROM receivable_movements x WHERE x.receivable_id = NEW.id AND x.idx = j.key)
  ORDER BY j.key;
END;

-- One snapshot of what must be sent: the full load (once) or a daily delta. Its rows are the
-- contiguous outbox ids first_row..last_row; batch n is the n-th slice of batch_size rows.
-- rows / amount_cents / keys_hash are the control totals recorded when the snapshot was taken.
CREATE TABLE receivables_exports (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('full', 'daily')),
  business_date TEXT NOT NULL,
  run_id INTEGER REFERENCES job_runs (id),
  created_at TEXT NOT NULL,
  -- Ledger seq covered: the full load's is the high-water mark the first delta starts after.
  high_water_seq INTEGER NOT NULL,
  first_row INTEGER NOT NULL,
  last_row INTEGER NOT NULL,
  batch_size INTEGER NOT NULL,
  rows INTEGER NOT NULL,
  amount_cents INTEGER NOT NULL,
  keys_hash TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'sending' CHECK (status IN ('sending', 'done')),
  completed_at TEXT
);
CREATE UNIQUE INDEX receivables_exports_one_full ON receivables_exports (kind) WHERE kind = 'full';
CREATE INDEX receivables_exports_sending ON receivables_exports (id) WHERE status = 'sending';

-- The rows of each export, already in wire form (one column per payload field), so a batch sent
-- again after a crash is byte-for-byte the same. Removed when the export completes, except the
-- rows the bureau refused (rejected = its reason).
CREATE TABLE receivables_outbox (
  id INTEGER PRIMARY KEY,
  export_id INTEGER NOT NULL REFERENCES receivables_exports (id),
  chave TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('entry', 'payment', 'payment_reversal')),
  document TEXT NOT NULL,
  title_number TEXT NOT NULL,
  installment INTEGER NOT NULL,
  issue_date TEXT NOT NULL,
  due_date TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  paid_cents INTEGER NOT NULL,
  payment_date TEXT,
  situation TEXT NOT NULL,
  rejected TEXT
);
CREATE INDEX receivables_outbox_export ON receivables_outbox (export_id);

-- Checkpoint: one row per acknowledged batch, written in the same transaction as the
-- bureau's answer (ack) and the request log row.
CREATE TABLE receivables_batches (
  export_id INTEGER NOT NULL REFERENCES receivables_exports (id),
  batch_no INTEGER NOT NULL,
  lote_id TEXT NOT NULL UNIQUE,
  run_id INTEGER REFERENCES job_runs (id),
  request_id INTEGER REFERENCES bureau_receivables_requests (id),
  rows INTEGER NOT NULL,
  amount_cents INTEGER NOT NULL,
  keys_hash TEXT NOT NULL,
  rejected_rows INTEGER NOT NULL DEFAULT 0,
  ack TEXT NOT NULL,
  acked_at TEXT NOT NULL,
  PRIMARY KEY (export_id, batch_no)
);
CREATE INDEX receivables_batches_run ON receivables_batches (run_id);

-- What this console believes the bureau holds: one row per key it acknowledged (the bureau
-- upserts by key), to compare with the bureau's own totals.
CREATE TABLE bureau_receivables_state (
  chave TEXT PRIMARY KEY,
  amount_cents INTEGER NOT NULL,
  lote_id TEXT NOT NULL,
  acked_at TEXT NOT NULL
) WITHOUT ROWID;
