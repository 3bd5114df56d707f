-- Floor mode: where this seat's ERP cache stands in the central ERP rows (erp_central_records,
-- erp_central_cursors), a stream of its own beside floor_replication. floor_uid names the
-- central database the cursor belongs to (another floor starts over from 0).
CREATE TABLE floor_erp_follow (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  floor_uid TEXT NOT NULL,
  cursor INTEGER NOT NULL DEFAULT 0,
  pulled_at TEXT
);
