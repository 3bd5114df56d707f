-- The change feed every seat follows (docs/floor-mode.md, "Writes, reads and the change feed").
-- Each shared table has a `seq` column stamped from one sequence on every insert and update;
-- deletes leave a tombstone; a statement trigger wakes the seats LISTENing on floor_changes.

-- A stable identity of this central database: a seat's cursor belongs to one floor only.
ALTER TABLE floor_meta ADD COLUMN floor_uid uuid NOT NULL DEFAULT gen_random_uuid();

CREATE SEQUENCE floor_change_seq;

-- New row ids of the shared tables: a seat takes a block of 100 (nextval) just before a write,
-- so seats writing at once choose different ids instead of all taking "last id + 1".
CREATE SEQUENCE floor_row_ids START WITH 100 INCREMENT BY 100;

-- Sequence numbers are taken under a transaction-level advisory lock held until commit, so
-- transactions that write shared rows commit in seq order: a reader that has seen seq n never
-- later finds a committed row below n (no change skipped by a cursor). Writes of a call center
-- are short, so one writer at a time is cheap; reads never take the lock.
CREATE FUNCTION floor_next_seq() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(4207311100);
  RETURN nextval('floor_change_seq');
END $$;

CREATE FUNCTION floor_stamp_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.seq := floor_next_seq();
  RETURN NEW;
END $$;

-- key: the deleted row's key columns (the trigger's arguments) as a JSON object.
CREATE TABLE floor_tombstones (
  seq bigint PRIMARY KEY,
  tbl text NOT NULL,
  key jsonb NOT NULL,
  deleted_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION floor_tombstone() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  k jsonb;
BEGIN
  SELECT jsonb_object_agg(c, to_jsonb(OLD) -> c) INTO k FROM unnest(TG_ARGV) AS c;
  INSERT INTO floor_tombstones (seq, tbl, key) VALUES (floor_next_seq(), TG_TABLE_NAME, k);
  RETURN OLD;
END $$;

-- Once per statement (and NOTIFY folds equal payloads of one transaction): a bulk write wakes
-- each seat once, and the seat pulls everything above its cursor.
CREATE FUNCTION floor_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('floor_changes', TG_TABLE_NAME);
  RETURN NULL;
END $$;

-- Puts a table on the feed: its seq index and the three triggers. Every part of floor mode
-- calls it for its shared tables: SELECT floor_feed_table('users', ARRAY['id']);
CREATE FUNCTION floor_feed_table(tbl text, keys text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE INDEX %I ON %I (seq)', tbl || '_seq', tbl);
  EXECUTE format(
    'CREATE TRIGGER floor_seq BEFORE INSERT OR UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION floor_stamp_seq()',
    tbl);
  EXECUTE format(
    'CREATE TRIGGER floor_tombstone AFTER DELETE ON %I FOR EACH ROW EXECUTE FUNCTION floor_tombstone(%s)',
    tbl, (SELECT string_agg(quote_literal(k), ', ') FROM unnest(keys) AS k));
  EXECUTE format(
    'CREATE TRIGGER floor_notify AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION floor_notify()',
    tbl);
END $$;
