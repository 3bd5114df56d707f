-- Floor mode: where this seat's cache stands in the central database's change feed. One row;
-- floor_uid names the central database the cursor belongs to (another floor starts over).
CREATE TABLE floor_replication (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  floor_uid TEXT NOT NULL,
  cursor INTEGER NOT NULL DEFAULT 0,
  pulled_at TEXT
);
