-- Last financial summary the ERP gave for a client: shown at once when the client opens,
-- with "atualizado em", while the ERP is asked again in the background.
CREATE TABLE client_financials (
  client_id INTEGER PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
  available_balance_cents INTEGER NOT NULL,
  credit_limit_cents INTEGER NOT NULL,
  last_order_date TEXT,
  last_invoice_date TEXT,
  credit_status TEXT NOT NULL,
  erp_as_of TEXT NOT NULL,
  fetched_at TEXT NOT NULL
);
