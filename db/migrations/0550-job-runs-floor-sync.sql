-- Floor mode: the status of each run last written to the central floor_job_runs (null: never),
-- so a run the central database could not take at its start or end is sent later. Embedded
-- desktops leave it null.
ALTER TABLE job_runs ADD COLUMN floor_synced TEXT;
CREATE INDEX job_runs_floor_unsynced ON job_runs (id) WHERE floor_synced IS NOT status;
