-- "Manter conectado": one row per window profile that ticked it. Only a SHA-256 of the token is
-- kept; the token itself lives sealed (secret store) in that profile's cookie or file, so a copy
-- of the database alone logs nobody in. The old single global record is dropped.
CREATE TABLE remembered_devices (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  os_user TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX remembered_devices_user ON remembered_devices (user_id);

DELETE FROM app_settings WHERE key = 'remembered_login';
