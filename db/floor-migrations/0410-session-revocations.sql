-- "Sair de todos os dispositivos" floor-wide: when a user last ended every session. Each seat
-- ends that user's open sessions on its next call and drops its remembered profiles made
-- before this moment. Part of the accounts version (0400), so no seat polls it.
CREATE TABLE user_session_revocations (
  user_id bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  revoked_at text NOT NULL
);

CREATE TRIGGER user_session_revocations_version AFTER INSERT OR UPDATE OR DELETE ON user_session_revocations
  FOR EACH STATEMENT EXECUTE FUNCTION accounts_version_bump();
