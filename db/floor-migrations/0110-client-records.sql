-- Console-owned client data shared by the floor: the same columns and value shapes as the
-- SQLite tables of db/migrations 0030, 0040, 0060, 0340 and 0440 (text ISO dates, integer
-- flags), plus `seq`. Ids are chosen by the writing seat (the next id of its cache) and a
-- clash with another seat's new row is refused by the primary key, so the seat catches up and
-- tries again. No foreign key to clients or users: those rows belong to the ERP sync and to
-- the users part, and a seat's cache may receive them in any order.

CREATE TABLE client_contacts (
  id bigint PRIMARY KEY,
  client_id bigint NOT NULL,
  name text NOT NULL,
  initials text NOT NULL,
  company text NOT NULL DEFAULT '',
  role text NOT NULL DEFAULT '',
  email text,
  phone text,
  tags text NOT NULL DEFAULT '[]',
  created_at text NOT NULL,
  updated_at text NOT NULL,
  seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX client_contacts_client ON client_contacts (client_id);

CREATE TABLE client_activities (
  id bigint PRIMARY KEY,
  client_id bigint NOT NULL,
  kind text NOT NULL CHECK (kind IN ('task', 'call', 'appointment')),
  title text NOT NULL,
  due_at text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  done_at text,
  owner_name text NOT NULL DEFAULT '',
  created_at text NOT NULL,
  updated_at text NOT NULL,
  ics_uid text,
  ics_sequence integer NOT NULL DEFAULT 0,
  owner_user_id bigint,
  notify integer NOT NULL DEFAULT 1 CHECK (notify IN (0, 1)),
  seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX client_activities_client ON client_activities (client_id);

CREATE TABLE client_activity_participants (
  activity_id bigint NOT NULL REFERENCES client_activities (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('user', 'contact')),
  ref_id bigint NOT NULL,
  name text NOT NULL,
  email text NOT NULL,
  seq bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (activity_id, kind, ref_id)
);

CREATE TABLE client_tickets (
  id bigint PRIMARY KEY,
  client_id bigint NOT NULL,
  description text NOT NULL,
  progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  opened_at text NOT NULL,
  updated_at text NOT NULL,
  closed_at text,
  opened_by_user_id bigint,
  seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX client_tickets_client ON client_tickets (client_id);

CREATE TABLE client_files (
  id bigint PRIMARY KEY,
  client_id bigint NOT NULL,
  name text NOT NULL,
  mime text NOT NULL,
  size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
  sha256 text NOT NULL CHECK (length(sha256) = 64),
  uploaded_at text NOT NULL,
  uploaded_by bigint,
  uploaded_by_name text,
  seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX client_files_client ON client_files (client_id);

-- The shared store of attached files: the bytes once per content (as on each seat's disk,
-- <dataDir>/files/<sha256>). Not on the feed: a seat fetches the bytes when a file row arrives.
CREATE TABLE client_file_blobs (
  sha256 text PRIMARY KEY CHECK (length(sha256) = 64),
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Histórico: every entity's audit entries (the client screen shows entity 'client').
CREATE TABLE audit_log (
  id bigint PRIMARY KEY,
  at text NOT NULL,
  user_id bigint,
  user_name text,
  entity text NOT NULL,
  entity_id text NOT NULL,
  action text NOT NULL,
  changes text NOT NULL DEFAULT '{}',
  seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);

-- The quick notes of a client (Detalhes → Observações). On a seat they are the notes column of
-- its clients row (ERP-owned otherwise); id is the client's id.
CREATE TABLE client_notes (
  id bigint PRIMARY KEY,
  notes text NOT NULL DEFAULT '',
  seq bigint NOT NULL DEFAULT 0
);

SELECT floor_feed_table('client_contacts', ARRAY['id']);
SELECT floor_feed_table('client_activities', ARRAY['id']);
SELECT floor_feed_table('client_activity_participants', ARRAY['activity_id', 'kind', 'ref_id']);
SELECT floor_feed_table('client_tickets', ARRAY['id']);
SELECT floor_feed_table('client_files', ARRAY['id']);
SELECT floor_feed_table('audit_log', ARRAY['id']);
SELECT floor_feed_table('client_notes', ARRAY['id']);
