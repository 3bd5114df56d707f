-- Jobs once per floor (issue 18 item 5): one lease row per job. The seat holding an unexpired
-- lease runs the job; every takeover increments the fencing token, and a holder's checkpoint
-- writes check it, so a seat that froze and woke up after losing the lease writes nothing.
-- Expiry is in the server's clock (now()), never a seat's, so skewed desktop clocks agree.
CREATE TABLE job_leases (
  job text PRIMARY KEY,
  holder text NOT NULL,
  holder_name text NOT NULL,
  fencing_token bigint NOT NULL,
  acquired_at text NOT NULL,
  expires_at timestamptz NOT NULL,
  released_at text
);

-- A slot (business date) of a job finished by some seat: the other seats stop standing by.
CREATE TABLE job_slots_done (
  job text NOT NULL,
  slot text NOT NULL,
  done_by text NOT NULL,
  done_by_name text NOT NULL,
  fencing_token bigint NOT NULL,
  done_at text NOT NULL,
  PRIMARY KEY (job, slot)
);
