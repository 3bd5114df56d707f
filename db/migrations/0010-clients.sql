-- Clients: the local cache of the ERP's client register plus the console's own fields.
-- Money in integer centavos; dates as ISO text (business dates in America/Sao_Paulo).
CREATE TABLE clients (
  id INTEGER PRIMARY KEY,
  erp_code TEXT NOT NULL UNIQUE,
  legal_name TEXT NOT NULL,
  trade_name TEXT,
  document TEXT NOT NULL,
  person_type TEXT NOT NULL CHECK (person_type IN ('F', 'J')),
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
  credit_limit_cents INTEGER NOT NULL DEFAULT 0,
  available_balance_cents INTEGER NOT NULL DEFAULT 0,
  credit_status TEXT NOT NULL DEFAULT 'ADIMPLENTE'
    CHECK (credit_status IN ('ADIMPLENTE', 'INADIMPLENTE', 'BLOQUEADO', 'EM_ANALISE')),
  abc_class TEXT NOT NULL DEFAULT 'C' CHECK (abc_class IN ('A', 'B', 'C')),
  last_purchase_date TEXT,
  segment TEXT NOT NULL DEFAULT '',
  client_group TEXT,
  responsible TEXT NOT NULL DEFAULT '',
  emails TEXT NOT NULL DEFAULT '[]',
  phones TEXT NOT NULL DEFAULT '[]',
  site TEXT,
  city TEXT NOT NULL DEFAULT '',
  uf TEXT NOT NULL DEFAULT '',
  currency TEXT NOT NULL DEFAULT 'BRL',
  payment_method TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT 'pt-BR',
  accounting_account TEXT NOT NULL DEFAULT '',
  preferred_appointment_day TEXT,
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX clients_document ON clients (document);

CREATE TABLE client_addresses (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('delivery', 'billing', 'extra2', 'extra3')),
  street TEXT NOT NULL DEFAULT '',
  number TEXT NOT NULL DEFAULT '',
  complement TEXT NOT NULL DEFAULT '',
  district TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  uf TEXT NOT NULL DEFAULT '',
  cep TEXT NOT NULL DEFAULT '',
  fax TEXT,
  UNIQUE (client_id, kind)
);

CREATE TABLE app_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
