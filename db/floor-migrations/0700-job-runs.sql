-- Every seat's job runs (Configurações → Integração → Log das execuções, issue 18 item 1): a
-- copy of each seat's job_runs row with its request totals, who ran it, and its log file once it
-- ended, so every seat lists every seat's runs. Written by the seat that ran the job (at the
-- start and at the end; a run it could not write then is sent on its next write), read centrally
-- on demand, never through the change feed. Named floor_*: seats run jobs as soon as they join,
-- and such runs must not make a new floor count as "not empty" for the one-time import.
CREATE TABLE floor_job_runs (
  id bigserial PRIMARY KEY,
  -- Install id and machine name of the seat that ran it ("Executado por …").
  seat text NOT NULL,
  seat_name text NOT NULL,
  -- The run's id on that seat (its request log and checkpoints point at it there).
  local_id bigint NOT NULL,
  job text NOT NULL,
  business_date text NOT NULL,
  trigger text NOT NULL CHECK (trigger IN ('schedule', 'catch_up', 'manual')),
  status text NOT NULL CHECK (status IN ('running', 'success', 'failed', 'interrupted')),
  started_at text NOT NULL,
  finished_at text,
  outcome text,
  details text NOT NULL DEFAULT '{}',
  requests integer NOT NULL DEFAULT 0,
  failed_requests integer NOT NULL DEFAULT 0,
  rows bigint NOT NULL DEFAULT 0,
  -- The run's plain-text log (the "Baixar log" file), set when it ended.
  log_text text,
  UNIQUE (seat, local_id)
);
-- The log lists runs newest first, a page at a time.
CREATE INDEX floor_job_runs_started ON floor_job_runs (started_at DESC, id DESC);
