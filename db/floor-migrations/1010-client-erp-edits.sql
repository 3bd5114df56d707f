-- The write-back of ERP-owned client fields (register and addresses), shared by the floor
-- (docs/floor-mode.md, "ERP write-back of register edits"). Same columns and value shapes as the
-- SQLite table of db/migrations 0370 and 0560, plus `seq`. Ids come from the writing seat's
-- reserved block. One row per client and target on the whole floor: of two seats creating it at
-- once, the second is refused, catches up and merges its change into the first one's row.
CREATE TABLE client_erp_edits (
  id bigint PRIMARY KEY,
  client_id bigint NOT NULL,
  erp_code text NOT NULL,
  target text NOT NULL,
  fields text NOT NULL,
  erp_fields text NOT NULL,
  base_version text,
  idempotency_key text NOT NULL UNIQUE,
  state text NOT NULL CHECK (state IN ('pending', 'conflict', 'rejected')),
  conflict_fields text,
  conflict_version text,
  message text,
  user_id bigint,
  user_name text,
  created_at text NOT NULL,
  sent_at text,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  closed text CHECK (closed IN ('confirmed', 'withdrawn')),
  seq bigint NOT NULL DEFAULT 0,
  UNIQUE (client_id, target)
);

SELECT floor_feed_table('client_erp_edits', ARRAY['id']);
