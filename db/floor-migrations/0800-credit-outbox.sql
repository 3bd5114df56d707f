-- Credit changes, the ERP write-back outbox of credit and of order releases, and the products
-- shown per client, shared by the floor (docs/floor-mode.md, "Credit outbox"). Same columns and
-- value shapes as the SQLite tables of db/migrations 0050, 0160 and 0420, plus `seq`. Ids come
-- from the writing seat's reserved block (floor_row_ids). No foreign keys to clients, orders,
-- users or the ledger: those rows belong to other parts and reach a cache in any order.

-- Limit/situation changes made in the console, waiting for (or confirmed by) the ERP.
CREATE TABLE credit_outbox (
  id bigint PRIMARY KEY,
  idempotency_key text NOT NULL UNIQUE,
  client_id bigint NOT NULL,
  erp_code text NOT NULL,
  credit_limit_cents bigint NOT NULL,
  credit_status text NOT NULL,
  bureau_query_id bigint,
  user_id bigint,
  created_at text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  sent_at text,
  seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX credit_outbox_pending ON credit_outbox (id) WHERE sent_at IS NULL;

-- The console's credit values on the ERP's clients row (on a seat: clients.credit_limit_cents
-- and credit_status); id is the client's id. Written by the seat that changed them.
CREATE TABLE client_credit (
  id bigint PRIMARY KEY,
  credit_limit_cents bigint NOT NULL,
  credit_status text NOT NULL,
  seq bigint NOT NULL DEFAULT 0
);

-- Liberação de crédito: an analyst's release or rejection and its ERP outbox state.
CREATE TABLE credit_order_decisions (
  id bigint PRIMARY KEY,
  order_id bigint NOT NULL,
  client_id bigint,
  kind text NOT NULL CHECK (kind IN ('release', 'reject')),
  state text NOT NULL CHECK (state IN ('waiting_erp', 'confirmed', 'conflict', 'failed')),
  reject_reason text,
  note text,
  base_version text NOT NULL,
  value_cents bigint NOT NULL,
  idempotency_key text NOT NULL UNIQUE,
  user_id bigint,
  user_name text NOT NULL,
  created_at text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  sent_at text,
  settled_at text,
  message text,
  seq bigint NOT NULL DEFAULT 0
);
-- One open decision per order on the whole floor: of two analysts on two seats, the second
-- commit is refused, the seat catches up and tells who decided first.
CREATE UNIQUE INDEX credit_order_decisions_open ON credit_order_decisions (order_id)
  WHERE state = 'waiting_erp';
CREATE INDEX credit_order_decisions_order ON credit_order_decisions (order_id, id);

-- The products shown per client (Produtos exclusivos).
CREATE TABLE client_exclusive_products (
  id bigint PRIMARY KEY,
  client_id bigint NOT NULL,
  code text NOT NULL,
  description text NOT NULL,
  details text NOT NULL DEFAULT '',
  unit text NOT NULL DEFAULT 'UN',
  price_cents bigint NOT NULL,
  valid_until text,
  seq bigint NOT NULL DEFAULT 0,
  UNIQUE (client_id, code)
);

SELECT floor_feed_table('credit_outbox', ARRAY['id']);
SELECT floor_feed_table('client_credit', ARRAY['id']);
SELECT floor_feed_table('credit_order_decisions', ARRAY['id']);
SELECT floor_feed_table('client_exclusive_products', ARRAY['id']);

-- A decision the ERP confirmed settles the order version it was made on: a seat whose copy of
-- the order has not followed yet cannot record a second decision on that version (the error is
-- a unique violation, so the seat catches up and tells who decided).
CREATE FUNCTION credit_order_decided_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM credit_order_decisions d
              WHERE d.order_id = NEW.order_id AND d.base_version = NEW.base_version
                AND d.state = 'confirmed' AND d.id <> NEW.id) THEN
    RAISE EXCEPTION 'credit order % already decided on version %', NEW.order_id, NEW.base_version
      USING ERRCODE = 'unique_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER credit_order_decided_once BEFORE INSERT ON credit_order_decisions
  FOR EACH ROW EXECUTE FUNCTION credit_order_decided_once();
