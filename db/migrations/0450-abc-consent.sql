-- Issue 20: what the client header must tell before dialing or writing, and the ABC curve the
-- console computes (docs/data-ownership.md, "Classificação ABC" and "Consentimento").

-- Consent for calls and messages: ERP-owned, copied by the sync like the rest of the register.
-- An ERP that does not send them leaves both allowed (1): nothing known against contacting.
ALTER TABLE clients ADD COLUMN calls_allowed INTEGER NOT NULL DEFAULT 1 CHECK (calls_allowed IN (0, 1));
ALTER TABLE clients ADD COLUMN messages_allowed INTEGER NOT NULL DEFAULT 1 CHECK (messages_allowed IN (0, 1));
-- Who changed the consent in the ERP and when, as the ERP tells it (shown with the flags).
ALTER TABLE clients ADD COLUMN consent_changed_by TEXT;
ALTER TABLE clients ADD COLUMN consent_changed_at TEXT;
-- The ERP's own ABC class, when it sends one (NULL = it does not). It wins over the computed one
-- in clients.abc_class (the column F9 ranks by and the header shows).
ALTER TABLE clients ADD COLUMN erp_abc_class TEXT CHECK (erp_abc_class IN ('A', 'B', 'C'));

-- The console's own ABC curve, recomputed after each ERP sync from the last 12 months of invoices.
-- computed_class: the console's Pareto class; class: the one in force (the ERP's when it sends
-- one, as clients.abc_class). month: the São Paulo month of the computation; last_month_class:
-- the class in force at the end of the month before it (kept across recomputations within a
-- month), for "movimento desde o mês passado". trend_pct: revenue of the last 12 months against
-- the 12 before, in whole percent (NULL when the earlier 12 months had none).
CREATE TABLE client_abc (
  client_id INTEGER PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
  computed_class TEXT NOT NULL CHECK (computed_class IN ('A', 'B', 'C')),
  class TEXT NOT NULL CHECK (class IN ('A', 'B', 'C')),
  revenue_cents INTEGER NOT NULL,
  previous_revenue_cents INTEGER NOT NULL,
  trend_pct INTEGER,
  month TEXT NOT NULL,
  last_month_class TEXT CHECK (last_month_class IN ('A', 'B', 'C')),
  computed_at TEXT NOT NULL
);
CREATE INDEX client_abc_class ON client_abc (class, last_month_class);

-- Painel: the ledger read by month (consumption this month and the last 12). Covering: the
-- counts never visit the ledger rows themselves (they carry the raw bureau answers).
CREATE INDEX bureau_queries_requested ON bureau_queries (requested_at, product_id, status, reused, user_name);

-- Existing groups that manage users also see the Painel (new groups choose it in Configurações).
INSERT OR IGNORE INTO group_permissions (group_id, permission)
SELECT group_id, 'panel.view' FROM group_permissions WHERE permission = 'settings.users';

-- The curve changes many clients' class after a sync. 0330's class trigger found the contacts'
-- keys by client_id, which that table has no index for (a full scan per client whose class
-- changed); like the other triggers, it now recomputes the old keys and deletes them by key.
DROP TRIGGER client_search_keys_class;
CREATE TRIGGER client_search_keys_class AFTER UPDATE OF abc_class ON clients
WHEN old.abc_class IS NOT new.abc_class BEGIN
  DELETE FROM client_search_keys WHERE (kind, boost, key, client_id, contact_id) IN (
    SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, cc.client_id, cc.id
    FROM client_contacts cc, json_each(contact_search_keys(cc.name, cc.email, cc.phone, old.abc_class)) j
    WHERE cc.client_id = new.id);
  INSERT OR IGNORE INTO client_search_keys (kind, boost, key, client_id, contact_id)
  SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, cc.client_id, cc.id
  FROM client_contacts cc, json_each(contact_search_keys(cc.name, cc.email, cc.phone, new.abc_class)) j
  WHERE cc.client_id = new.id;
END;
