-- Liberação de crédito (seed 003): the ERP's sales orders with their credit situation, their
-- items, and the analysts' decisions that wait for (or were refused by) the ERP.

-- One row per ERP order (`pedido`), upserted by the sync; the ERP is the system of record.
CREATE TABLE credit_orders (
  id INTEGER PRIMARY KEY,
  erp_key TEXT NOT NULL UNIQUE,
  client_erp_code TEXT NOT NULL,
  order_date TEXT NOT NULL,
  seller_code TEXT,
  value_cents INTEGER NOT NULL,
  -- ABERTO, FATURADO, CANCELADO (the ERP's order status).
  erp_status TEXT NOT NULL,
  credit_state TEXT NOT NULL CHECK (credit_state IN ('released', 'blocked', 'rejected')),
  block_reason TEXT CHECK (
    block_reason IN ('limit_exceeded', 'overdue_titles', 'client_blocked', 'no_limit')
  ),
  -- Who released/rejected it and when, as the ERP tells (this console or someone in the ERP).
  decided_by TEXT,
  decided_at TEXT,
  -- The ERP's alteradoEm: a decision carries it, the ERP answers 409 when it moved on.
  erp_version TEXT NOT NULL,
  synced_at TEXT NOT NULL
);
-- The queue: blocked orders only, newest first (and the other sorts).
CREATE INDEX credit_orders_blocked_date ON credit_orders (order_date DESC, id DESC)
  WHERE credit_state = 'blocked';
CREATE INDEX credit_orders_blocked_value ON credit_orders (value_cents, id)
  WHERE credit_state = 'blocked';
CREATE INDEX credit_orders_blocked_reason ON credit_orders (block_reason, order_date DESC, id DESC)
  WHERE credit_state = 'blocked';
CREATE INDEX credit_orders_client ON credit_orders (client_erp_code, order_date DESC, id DESC);

CREATE TABLE credit_order_items (
  erp_key TEXT PRIMARY KEY,
  order_erp_key TEXT NOT NULL,
  product_code TEXT NOT NULL,
  description TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  unit_price_cents INTEGER NOT NULL,
  changed_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX credit_order_items_order ON credit_order_items (order_erp_key);

-- An analyst's release or rejection: written with Histórico and the audit row, sent through the
-- ERP outbox with its idempotency key. `waiting_erp` until the ERP confirms (then `confirmed`);
-- `conflict` when the ERP changed the order first (409); `failed` when it refused (400/422).
CREATE TABLE credit_order_decisions (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES credit_orders (id) ON DELETE CASCADE,
  client_id INTEGER REFERENCES clients (id),
  kind TEXT NOT NULL CHECK (kind IN ('release', 'reject')),
  state TEXT NOT NULL CHECK (state IN ('waiting_erp', 'confirmed', 'conflict', 'failed')),
  reject_reason TEXT,
  note TEXT,
  base_version TEXT NOT NULL,
  value_cents INTEGER NOT NULL,
  idempotency_key TEXT NOT NULL UNIQUE,
  user_id INTEGER REFERENCES users (id),
  user_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  sent_at TEXT,
  settled_at TEXT,
  message TEXT
);
-- One open decision per order: of two analysts deciding at once, the second insert fails.
CREATE UNIQUE INDEX credit_order_decisions_open ON credit_order_decisions (order_id)
  WHERE state = 'waiting_erp';
CREATE INDEX credit_order_decisions_order ON credit_order_decisions (order_id, id);
CREATE INDEX credit_order_decisions_pending ON credit_order_decisions (id) WHERE state = 'waiting_erp';

-- Caps per group: the largest order an analyst may release (NULL = no cap) and whether they
-- may release orders of a client with overdue titles.
ALTER TABLE user_groups ADD COLUMN max_order_release_cents INTEGER;
ALTER TABLE user_groups ADD COLUMN may_release_overdue INTEGER NOT NULL DEFAULT 1;

-- Groups that held every permission (the first administrators' group) keep holding every
-- permission: they get the new "Crédito - Liberar pedidos bloqueados".
INSERT OR IGNORE INTO group_permissions (group_id, permission)
SELECT group_id, 'creditRelease.release' FROM group_permissions
WHERE permission IN ('clients.bureauQuery', 'clients.edit', 'clients.editCredit', 'clients.files',
  'settings.bureau', 'settings.erp', 'settings.users', 'settings.email')
GROUP BY group_id HAVING count(DISTINCT permission) = 8;
