-- The one-time import of an embedded desktop's shared data: done once per central database,
-- with its report kept (who imported, when, rows per step).
CREATE TABLE floor_imports (
  id serial PRIMARY KEY,
  imported_at text NOT NULL,
  seat text NOT NULL,
  report text NOT NULL
);
