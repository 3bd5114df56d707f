-- The change feed's number is taken at COMMIT, not at the first written row (docs/floor-mode.md,
-- "Writes, reads and the change feed"). Until now a transaction took the feed's advisory lock at
-- its first shared row and held it to COMMIT, across every round trip between the seat and the
-- server: every save of the whole floor waited for the one before it (the floor bench showed half
-- of 20 seats waiting on that lock).
--
-- Now a written row gets a provisional seq, minus a fresh number of floor_change_seq: unique, and
-- below every cursor, so no reader ever follows it. A deferred constraint trigger queued by the
-- write runs at COMMIT: it takes the lock and gives the row its real seq. The lock is held only
-- from there to the end of the commit, on the server, with no round trip; transactions still
-- commit in seq order, so a reader at seq n never later finds a committed row below n. Deferred
-- events run in the order they were queued, so a delete and a re-insert of one key in one
-- transaction keep their order on the feed.

-- BEFORE INSERT OR UPDATE (the trigger floor_seq of every feed table): the provisional number. The
-- stamping UPDATE below runs with floor.stamping on and keeps the seq it sets.
CREATE OR REPLACE FUNCTION floor_stamp_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('floor.stamping', true) = 'on' THEN
    RETURN NEW;
  END IF;
  NEW.seq := -nextval('floor_change_seq');
  RETURN NEW;
END $$;

-- At COMMIT, once per written row version: the row still carrying this provisional number (a later
-- write of the same row in the transaction has its own, and its own event) gets the next seq.
CREATE FUNCTION floor_commit_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(4207311100);
  PERFORM set_config('floor.stamping', 'on', true);
  EXECUTE format('UPDATE %I SET seq = nextval(''floor_change_seq'') WHERE seq = $1', TG_TABLE_NAME)
    USING NEW.seq;
  PERFORM set_config('floor.stamping', 'off', true);
  RETURN NULL;
END $$;

CREATE FUNCTION floor_commit_seq_trigger(tbl text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'CREATE CONSTRAINT TRIGGER floor_seq_commit AFTER INSERT OR UPDATE ON %I DEFERRABLE INITIALLY DEFERRED
       FOR EACH ROW WHEN (NEW.seq < 0) EXECUTE FUNCTION floor_commit_seq()',
    tbl);
END $$;

-- Tombstones take the same path: provisional at the delete, numbered at COMMIT.
CREATE OR REPLACE FUNCTION floor_tombstone() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  k jsonb;
BEGIN
  SELECT jsonb_object_agg(c, to_jsonb(OLD) -> c) INTO k FROM unnest(TG_ARGV) AS c;
  INSERT INTO floor_tombstones (seq, tbl, key) VALUES (-nextval('floor_change_seq'), TG_TABLE_NAME, k);
  RETURN OLD;
END $$;
SELECT floor_commit_seq_trigger('floor_tombstones');

-- The settings had their own trigger (a bare nextval; their saves take turns under a lock of their
-- own in shared-settings.ts). They join the feed's rule: one mechanism orders the whole feed.
DROP TRIGGER app_settings_seq ON app_settings;
DROP FUNCTION app_settings_take_seq();
CREATE TRIGGER floor_seq BEFORE INSERT OR UPDATE ON app_settings
  FOR EACH ROW EXECUTE FUNCTION floor_stamp_seq();

-- Every table already on the feed (and app_settings) gets the commit trigger.
SELECT floor_commit_seq_trigger(c.relname::text)
  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
 WHERE t.tgname = 'floor_seq' AND NOT t.tgisinternal;

-- Tables put on the feed from now on get both.
CREATE OR REPLACE FUNCTION floor_feed_table(tbl text, keys text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE INDEX %I ON %I (seq)', tbl || '_seq', tbl);
  EXECUTE format(
    'CREATE TRIGGER floor_seq BEFORE INSERT OR UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION floor_stamp_seq()',
    tbl);
  PERFORM floor_commit_seq_trigger(tbl);
  EXECUTE format(
    'CREATE TRIGGER floor_tombstone AFTER DELETE ON %I FOR EACH ROW EXECUTE FUNCTION floor_tombstone(%s)',
    tbl, (SELECT string_agg(quote_literal(k), ', ') FROM unnest(keys) AS k));
  EXECUTE format(
    'CREATE TRIGGER floor_notify AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION floor_notify()',
    tbl);
END $$;

-- floor_next_seq() (the lock at the first row) is no longer called by any trigger.
DROP FUNCTION floor_next_seq();
