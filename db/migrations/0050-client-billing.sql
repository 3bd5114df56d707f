-- Billing documents (faturas and notas de crédito) with their items, and the products only
-- one client may buy. Money in integer centavos; issued_on is a São Paulo business date.

CREATE TABLE client_billing_documents (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
  number TEXT NOT NULL,
  issued_on TEXT NOT NULL,
  category TEXT NOT NULL,
  -- Always positive: a credit note's value is subtracted when revenue is summed.
  net_cents INTEGER NOT NULL CHECK (net_cents >= 0),
  -- The invoice a credit note corrects.
  related_number TEXT,
  UNIQUE (kind, number)
);
-- Keyset pages newest first and the 12-month revenue sums both read this index.
CREATE INDEX client_billing_documents_client_issued
  ON client_billing_documents (client_id, issued_on, id);

CREATE TABLE client_billing_document_items (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES client_billing_documents (id) ON DELETE CASCADE,
  line INTEGER NOT NULL,
  product_code TEXT NOT NULL,
  description TEXT NOT NULL,
  unit TEXT NOT NULL DEFAULT 'UN',
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  unit_cents INTEGER NOT NULL,
  total_cents INTEGER NOT NULL,
  UNIQUE (document_id, line)
);
-- Product detail ("últimas vendas") finds a client's exclusive product codes here.
CREATE INDEX client_billing_document_items_product ON client_billing_document_items (product_code);

CREATE TABLE client_exclusive_products (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  description TEXT NOT NULL,
  details TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL DEFAULT 'UN',
  price_cents INTEGER NOT NULL,
  valid_until TEXT,
  UNIQUE (client_id, code)
);
