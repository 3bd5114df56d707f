-- F9 ranking tiers as B-tree ranges (see electron/main/services/clients/search-keys.ts).
-- FTS5 has to visit every match to rank (bm25 needs the match count), which at 1,000,000
-- clients costs tens of milliseconds for a short query. Here one tier and one ABC class is a
-- key range read in order, so the first 20 rows cost the same whatever the number of matches.
-- kind: 0 name, 1 name from a later word, 2 client e-mail/phone, 3 contact name,
--       4 contact name from a later word, 5 contact e-mail/phone.
-- boost: ABC class (0 = A) so each class is read in order. contact_id: 0 for the client's own
-- keys and its Responsável, else client_contacts.id.
-- Keys come from the SQL function search_keys/contact_search_keys (the shared normalization),
-- registered on every connection; deletes recompute the old keys, so no index on client_id.
CREATE TABLE client_search_keys (
  kind INTEGER NOT NULL,
  boost INTEGER NOT NULL,
  key TEXT NOT NULL,
  client_id INTEGER NOT NULL,
  contact_id INTEGER NOT NULL,
  PRIMARY KEY (kind, boost, key, client_id, contact_id)
) WITHOUT ROWID;

INSERT OR IGNORE INTO client_search_keys (kind, boost, key, client_id, contact_id)
SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, c.id, 0
FROM clients c, json_each(search_keys(c.legal_name, c.trade_name, c.responsible, c.emails, c.phones, c.abc_class)) j
ORDER BY 1, 2, 3, 4;

INSERT OR IGNORE INTO client_search_keys (kind, boost, key, client_id, contact_id)
SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, cc.client_id, cc.id
FROM client_contacts cc JOIN clients c ON c.id = cc.client_id,
  json_each(contact_search_keys(cc.name, cc.email, cc.phone, c.abc_class)) j
ORDER BY 1, 2, 3, 4, 5;

CREATE TRIGGER client_search_keys_insert AFTER INSERT ON clients BEGIN
  INSERT OR IGNORE INTO client_search_keys (kind, boost, key, client_id, contact_id)
  SELECT value ->> 0, value ->> 1, value ->> 2, new.id, 0
  FROM json_each(search_keys(new.legal_name, new.trade_name, new.responsible, new.emails, new.phones, new.abc_class));
END;

CREATE TRIGGER client_search_keys_delete AFTER DELETE ON clients BEGIN
  DELETE FROM client_search_keys WHERE client_id = old.id AND contact_id = 0 AND (kind, boost, key) IN (
    SELECT value ->> 0, value ->> 1, value ->> 2
    FROM json_each(search_keys(old.legal_name, old.trade_name, old.responsible, old.emails, old.phones, old.abc_class)));
END;

-- An ERP sync rewrites every column of every client it sees; only a real change costs a rewrite.
CREATE TRIGGER client_search_keys_update AFTER UPDATE OF legal_name, trade_name, responsible, emails, phones, abc_class
ON clients WHEN old.legal_name IS NOT new.legal_name OR old.trade_name IS NOT new.trade_name
  OR old.responsible IS NOT new.responsible OR old.emails IS NOT new.emails OR old.phones IS NOT new.phones
  OR old.abc_class IS NOT new.abc_class
BEGIN
  DELETE FROM client_search_keys WHERE client_id = old.id AND contact_id = 0 AND (kind, boost, key) IN (
    SELECT value ->> 0, value ->> 1, value ->> 2
    FROM json_each(search_keys(old.legal_name, old.trade_name, old.responsible, old.emails, old.phones, old.abc_class)));
  INSERT OR IGNORE INTO client_search_keys (kind, boost, key, client_id, contact_id)
  SELECT value ->> 0, value ->> 1, value ->> 2, new.id, 0
  FROM json_each(search_keys(new.legal_name, new.trade_name, new.responsible, new.emails, new.phones, new.abc_class));
END;

-- Contact persons carry their client's class; a class change rewrites them.
CREATE TRIGGER client_search_keys_class AFTER UPDATE OF abc_class ON clients
WHEN old.abc_class IS NOT new.abc_class BEGIN
  DELETE FROM client_search_keys WHERE client_id = new.id AND contact_id > 0;
  INSERT OR IGNORE INTO client_search_keys (kind, boost, key, client_id, contact_id)
  SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, cc.client_id, cc.id
  FROM client_contacts cc, json_each(contact_search_keys(cc.name, cc.email, cc.phone, new.abc_class)) j
  WHERE cc.client_id = new.id;
END;

CREATE TRIGGER client_contact_search_keys_insert AFTER INSERT ON client_contacts BEGIN
  INSERT OR IGNORE INTO client_search_keys (kind, boost, key, client_id, contact_id)
  SELECT value ->> 0, value ->> 1, value ->> 2, new.client_id, new.id
  FROM json_each(contact_search_keys(new.name, new.email, new.phone,
    (SELECT abc_class FROM clients WHERE id = new.client_id)));
END;

-- NULL class: the keys of every class, so the delete works even while the client is being deleted.
CREATE TRIGGER client_contact_search_keys_delete AFTER DELETE ON client_contacts BEGIN
  DELETE FROM client_search_keys WHERE client_id = old.client_id AND contact_id = old.id AND (kind, boost, key) IN (
    SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(contact_search_keys(old.name, old.email, old.phone, NULL)));
END;

CREATE TRIGGER client_contact_search_keys_update AFTER UPDATE OF name, email, phone, client_id ON client_contacts
WHEN old.name IS NOT new.name OR old.email IS NOT new.email OR old.phone IS NOT new.phone
  OR old.client_id IS NOT new.client_id
BEGIN
  DELETE FROM client_search_keys WHERE client_id = old.client_id AND contact_id = old.id AND (kind, boost, key) IN (
    SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(contact_search_keys(old.name, old.email, old.phone, NULL)));
  INSERT OR IGNORE INTO client_search_keys (kind, boost, key, client_id, contact_id)
  SELECT value ->> 0, value ->> 1, value ->> 2, new.client_id, new.id
  FROM json_each(contact_search_keys(new.name, new.email, new.phone,
    (SELECT abc_class FROM clients WHERE id = new.client_id)));
END;
-- F9 reads client_search_keys (above) for every query class, words in any order included, so the
-- FTS5 index of 0020 has no reader left: it only cost space (about a third of a 1,000,000-client
-- database) and a rewrite on every client an ERP sync changes.
DROP TRIGGER clients_fts_insert;
DROP TRIGGER clients_fts_delete;
DROP TRIGGER clients_fts_update;
DROP TABLE clients_fts;
