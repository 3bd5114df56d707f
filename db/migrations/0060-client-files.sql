-- Files attached to a client. The bytes live in <dataDir>/files/<sha256>, stored once per
-- content however many clients share them; this table holds what the screen lists.
CREATE TABLE client_files (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  mime TEXT NOT NULL,
  size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  uploaded_at TEXT NOT NULL,
  uploaded_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
  uploaded_by_name TEXT
);
CREATE INDEX client_files_client ON client_files (client_id, id);
-- A blob is deleted from disk only when no row points at it any more.
CREATE INDEX client_files_sha256 ON client_files (sha256);
