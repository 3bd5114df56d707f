-- ERP data through the central database (issue 18 item 6, docs/floor-mode.md "ERP data (item 6)").
-- The seat holding the erp-sync lease writes every page it read from the ERP here once, with the
-- table's cursor, in one fenced transaction; every seat follows these rows by seq into its own
-- SQLite cache with the same page writers as the sync. 200 seats cost the ERP one sync.

-- One row per ERP record: `data` is the record as the ERP gateway parsed it (the writers' input),
-- as JSON text, not jsonb: jsonb reorders an object's keys, and a follower's cache must hold
-- byte for byte what the holder's sync wrote (the generic ERP tables keep the payload as text).
CREATE TABLE erp_central_records (
  tbl text NOT NULL,
  key text NOT NULL,
  data text NOT NULL,
  changed_at text,
  synced_at text NOT NULL,
  seq bigint,
  PRIMARY KEY (tbl, key)
);
SELECT floor_feed_table('erp_central_records', ARRAY['tbl', 'key']);

-- The floor's ERP sync cursors (the twin of the seats' erp_sync_cursors): the next holder
-- resumes from here, and a follower copies them so "primeira sincronização" is known done.
CREATE TABLE erp_central_cursors (
  table_name text PRIMARY KEY,
  changed_since text,
  page_token text,
  rows_total bigint NOT NULL DEFAULT 0,
  last_completed_at text,
  updated_at text NOT NULL,
  seq bigint
);
SELECT floor_feed_table('erp_central_cursors', ARRAY['table_name']);
