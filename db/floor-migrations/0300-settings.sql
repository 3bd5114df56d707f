-- Every setting of the console, shared by every seat: the twin of the SQLite app_settings
-- (same key and value text). Secrets inside values are floor-key envelopes (fk1:...), never clear.
CREATE SEQUENCE IF NOT EXISTS floor_change_seq;

CREATE TABLE app_settings (
  key text PRIMARY KEY,
  value text NOT NULL,
  seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX app_settings_seq ON app_settings (seq);

-- Every insert and update takes the next number of the floor's one change sequence, so a seat
-- pulls only what changed since its cursor.
CREATE FUNCTION app_settings_take_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.seq := nextval('floor_change_seq');
  RETURN NEW;
END $$;
CREATE TRIGGER app_settings_seq BEFORE INSERT OR UPDATE ON app_settings
  FOR EACH ROW EXECUTE FUNCTION app_settings_take_seq();

CREATE FUNCTION app_settings_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('floor_changes', 'app_settings');
  RETURN NULL;
END $$;
CREATE TRIGGER app_settings_notify AFTER INSERT OR UPDATE OR DELETE ON app_settings
  FOR EACH STATEMENT EXECUTE FUNCTION app_settings_notify();

-- Which floor key sealed the shared secrets: its public id (an HMAC of a fixed label, never the
-- key). The first seat that saves a secret claims it; a seat with another key is refused.
CREATE TABLE floor_secret_key (
  id smallint PRIMARY KEY CHECK (id = 1),
  key_id text NOT NULL,
  claimed_at text NOT NULL
);
