-- Activity e-mail notifications (seed 004, Aba "Atividades") and the Detalhes flag
-- "Dados compartilhados entre empresas" (one migration: the numbering goes in steps of 10).
-- Console users get an e-mail so they can be told about the activities they own or join.
ALTER TABLE users ADD COLUMN email TEXT;

-- The calendar identity of an activity: one UID for its life, SEQUENCE raised on every change
-- that is sent, so Outlook/Google update the same event instead of adding another.
ALTER TABLE client_activities ADD COLUMN ics_uid TEXT;
ALTER TABLE client_activities ADD COLUMN ics_sequence INTEGER NOT NULL DEFAULT 0;
ALTER TABLE client_activities ADD COLUMN owner_user_id INTEGER REFERENCES users (id);
ALTER TABLE client_activities ADD COLUMN notify INTEGER NOT NULL DEFAULT 1;

-- Who was chosen on the activity, with the e-mail as it was when chosen (a contact's address
-- edited later does not silently redirect an invitation already sent).
CREATE TABLE client_activity_participants (
  activity_id INTEGER NOT NULL REFERENCES client_activities (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('user', 'contact')),
  ref_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  PRIMARY KEY (activity_id, kind, ref_id)
);

-- The outbox: one row per activity event, written in the activity's own transaction with the
-- message already rendered, so a deleted activity can still be cancelled and a retry sends
-- exactly the same bytes (same Message-ID, derived from event_id).
CREATE TABLE activity_notifications (
  id INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL UNIQUE,
  -- No foreign key: the cancellation of a deleted activity outlives the activity row.
  activity_id INTEGER NOT NULL,
  client_id INTEGER NOT NULL,
  event TEXT NOT NULL CHECK (event IN ('created', 'changed', 'deleted')),
  recipients TEXT NOT NULL,
  subject TEXT NOT NULL,
  body_text TEXT NOT NULL,
  ics TEXT,
  ics_method TEXT,
  state TEXT NOT NULL DEFAULT 'pending'
    CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'uncertain')),
  attempts INTEGER NOT NULL DEFAULT 0,
  -- Set when a row found in 'sending' after a crash is sent again: a second crash there makes
  -- it 'uncertain' instead of a third copy (duplicates bounded to one).
  resent_after_crash INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  run_id INTEGER,
  created_at TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX activity_notifications_due ON activity_notifications (next_attempt_at)
  WHERE state = 'pending';
CREATE INDEX activity_notifications_activity ON activity_notifications (activity_id, id);
CREATE INDEX activity_notifications_run ON activity_notifications (run_id) WHERE run_id IS NOT NULL;

-- "Dados compartilhados entre empresas" (seed 004, Detalhes): ERP-owned flag telling whether
-- this client's register is shared by every company (filial/CNPJ) of the group in the ERP, or
-- belongs to one company only. See docs/client-shared-across-companies.md.
ALTER TABLE clients ADD COLUMN shared_across_companies INTEGER NOT NULL DEFAULT 0
  CHECK (shared_across_companies IN (0, 1));
