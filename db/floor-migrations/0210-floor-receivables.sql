-- The receivables send's checkpoints in floor mode, central so a seat taking over the 01:00
-- job resumes where the last holder stopped. An export is what one snapshot found due (rows
-- numbered from 0, batches are row ranges); `source` ('<install id>:<local export id>') keeps
-- a snapshot from being copied twice. The state mirrors what the bureau acknowledged, by key
-- and content, so a later snapshot leaves out what the bureau already holds.
CREATE TABLE floor_receivables_exports (
  id bigserial PRIMARY KEY,
  source text NOT NULL UNIQUE,
  kind text NOT NULL,
  business_date text NOT NULL,
  rows integer NOT NULL,
  amount_cents bigint NOT NULL,
  keys_hash text NOT NULL,
  batch_size integer NOT NULL,
  status text NOT NULL DEFAULT 'sending',
  created_at text NOT NULL,
  created_by_name text NOT NULL,
  completed_at text
);
CREATE INDEX floor_receivables_exports_sending ON floor_receivables_exports (id) WHERE status = 'sending';

CREATE TABLE floor_receivables_outbox (
  export_id bigint NOT NULL REFERENCES floor_receivables_exports (id) ON DELETE CASCADE,
  row_no integer NOT NULL,
  chave text NOT NULL,
  content_hash text NOT NULL,
  amount_cents bigint NOT NULL,
  payload text NOT NULL,
  rejected text,
  PRIMARY KEY (export_id, row_no)
);

CREATE TABLE floor_receivables_batches (
  export_id bigint NOT NULL REFERENCES floor_receivables_exports (id) ON DELETE CASCADE,
  batch_no integer NOT NULL,
  lote_id text NOT NULL UNIQUE,
  rows integer NOT NULL,
  amount_cents bigint NOT NULL,
  keys_hash text NOT NULL,
  rejected_rows integer NOT NULL,
  sent_by text NOT NULL,
  sent_by_name text NOT NULL,
  fencing_token bigint NOT NULL,
  acked_at text NOT NULL,
  PRIMARY KEY (export_id, batch_no)
);

CREATE TABLE floor_receivables_state (
  chave text PRIMARY KEY,
  content_hash text NOT NULL,
  amount_cents bigint NOT NULL,
  lote_id text NOT NULL,
  acked_at text NOT NULL
);
