-- Who this central database belongs to: a seat of another company must never join it.
CREATE TABLE floor_meta (
  id smallint PRIMARY KEY CHECK (id = 1),
  company_id text NOT NULL,
  company_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
