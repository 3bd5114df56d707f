-- Tombstone pruning (docs/floor-mode.md, "Pruning the change feed"). Tombstones older than the
-- retention are deleted by one seat per floor; floor_meta.pruned_through is the largest seq
-- pruned so far. A seat whose cursor is below it may have missed a delete and starts over
-- (a full refetch of the shared tables) instead of keeping a row the floor deleted.
ALTER TABLE floor_meta ADD COLUMN pruned_through bigint NOT NULL DEFAULT 0;

CREATE INDEX floor_tombstones_deleted_at ON floor_tombstones (deleted_at);

-- The bytes of a deleted file are pruned when no file row points at them any more.
CREATE INDEX client_files_sha256 ON client_files (sha256);
