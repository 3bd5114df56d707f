-- The client screen's own records: contacts, activities (tarefas, chamadas, compromissos) and
-- support tickets. Every change to them is also written to audit_log as entity 'client'.

CREATE TABLE client_contacts (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  initials TEXT NOT NULL,
  company TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT '',
  email TEXT,
  phone TEXT,
  -- JSON array of category labels ("Diretor", "Compras"...): a handful per contact, filtered in the screen.
  tags TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX client_contacts_client ON client_contacts (client_id, name);

-- status is only open/done: "planejada" (open, due later) and "aberta" (open, due now or earlier)
-- are the same row seen at different times, so they are derived from due_at, never stored.
CREATE TABLE client_activities (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('task', 'call', 'appointment')),
  title TEXT NOT NULL,
  due_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  done_at TEXT,
  owner_name TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- Keyset pages: "Todas" walks the first index, the status filters the second.
CREATE INDEX client_activities_client_due ON client_activities (client_id, due_at, id);
CREATE INDEX client_activities_client_status_due ON client_activities (client_id, status, due_at, id);

CREATE TABLE client_tickets (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  description TEXT NOT NULL,
  progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  opened_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  closed_at TEXT
);
CREATE INDEX client_tickets_client ON client_tickets (client_id, status, id);
