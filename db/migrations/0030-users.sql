-- Users, groups and permissions. A user's permissions are the union of their groups'.
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE user_groups (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  -- Cap on how much one change may raise a client's credit limit; NULL = no cap.
  max_credit_increase_cents INTEGER,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE group_permissions (
  group_id INTEGER NOT NULL REFERENCES user_groups (id) ON DELETE CASCADE,
  permission TEXT NOT NULL,
  PRIMARY KEY (group_id, permission)
);

-- RESTRICT: a group still in use cannot be deleted (the service says so in pt-BR first).
CREATE TABLE user_group_members (
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  group_id INTEGER NOT NULL REFERENCES user_groups (id) ON DELETE RESTRICT,
  PRIMARY KEY (user_id, group_id)
);
CREATE INDEX user_group_members_group ON user_group_members (group_id);

CREATE TABLE login_attempts (
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL COLLATE NOCASE,
  at TEXT NOT NULL,
  success INTEGER NOT NULL,
  reason TEXT
);
CREATE INDEX login_attempts_login_at ON login_attempts (login, at);

-- Who changed what, written in the same transaction as the change itself.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user_id INTEGER REFERENCES users (id),
  user_name TEXT,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL,
  changes TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_user ON audit_log (user_id, at);

CREATE TABLE recent_clients (
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  opened_at TEXT NOT NULL,
  PRIMARY KEY (user_id, client_id)
);
CREATE INDEX recent_clients_user_opened ON recent_clients (user_id, opened_at);

CREATE TABLE user_workspace (
  user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  state TEXT NOT NULL
);
