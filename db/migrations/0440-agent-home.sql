-- Meu dia (the agent's Início) and screen pop: what is "mine" must be an index range, because
-- the Início paints right after login for an agent who may own thousands of activities.

-- Activities written before 0340 carry only the owner's name: give them the user of that name
-- when exactly one user has it, so they join the owner's Meu dia.
UPDATE client_activities
SET owner_user_id = (SELECT u.id FROM users u WHERE u.name = client_activities.owner_name)
WHERE owner_user_id IS NULL
  AND (SELECT count(*) FROM users u WHERE u.name = client_activities.owner_name) = 1;

-- My open activities by due date (overdue and today are one range below "end of today"); kind
-- rides along so the non-call list and the counts never read the table. Calls to return have
-- their own range, read in due order.
CREATE INDEX client_activities_owner_open_due ON client_activities (owner_user_id, status, due_at, kind);
CREATE INDEX client_activities_owner_kind_due ON client_activities (owner_user_id, status, kind, due_at);

-- Who opened a support request: "my open tickets by age". Older tickets have no author.
ALTER TABLE client_tickets ADD COLUMN opened_by_user_id INTEGER REFERENCES users (id);
CREATE INDEX client_tickets_opener_open ON client_tickets (opened_by_user_id, status, opened_at, id);

-- A call the telephony announced (central://chamada?numero=…): a draft of a "Chamada" activity
-- until the agent confirms it (then activity_id is set) or discards it. Kept, never deleted,
-- so a crash or a closed window loses no call.
CREATE TABLE inbound_calls (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  phone TEXT NOT NULL,
  client_id INTEGER REFERENCES clients (id) ON DELETE SET NULL,
  received_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'confirmed', 'discarded')),
  activity_id INTEGER REFERENCES client_activities (id) ON DELETE SET NULL,
  settled_at TEXT
);
CREATE INDEX inbound_calls_user ON inbound_calls (user_id, received_at);
