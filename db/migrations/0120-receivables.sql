-- Receivable titles (duplicatas) from the ERP's Fatura table, one row per installment.
-- Movements (entry, payment, payment_reversal with dates) are a JSON array: they are always
-- read and written with their title, and the bureau export sends them per title.
CREATE TABLE receivables (
  id INTEGER PRIMARY KEY,
  erp_key TEXT NOT NULL UNIQUE,
  client_erp_code TEXT NOT NULL,
  title_number TEXT NOT NULL,
  installment INTEGER NOT NULL,
  issue_date TEXT NOT NULL,
  due_date TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  paid_cents INTEGER NOT NULL DEFAULT 0,
  payment_date TEXT,
  status TEXT NOT NULL CHECK (status IN ('open', 'partial', 'paid', 'cancelled')),
  environment TEXT NOT NULL DEFAULT '',
  boleto_id TEXT,
  digitable_line TEXT,
  movements TEXT NOT NULL DEFAULT '[]',
  changed_at TEXT NOT NULL,
  synced_at TEXT NOT NULL
);
CREATE INDEX receivables_client_due ON receivables (client_erp_code, due_date);
CREATE INDEX receivables_changed ON receivables (changed_at);
