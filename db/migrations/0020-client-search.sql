-- F9 search. unicode61 with remove_diacritics makes "jose" find "José" and ignores case.
-- Prefix indexes keep 1-4 character prefix queries ("j*", "jos*") from scanning the term list.
-- rowid = clients.id; kept in step by triggers so the index can never drift from the table.
-- E-mails are indexed as their local part plus the whole address without punctuation, so
-- "com"/"br" of every domain do not make a 3-letter prefix match the whole table.
CREATE VIRTUAL TABLE clients_fts USING fts5 (
  name,
  document,
  erp_code,
  contact,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3 4'
);

CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients BEGIN
  INSERT INTO clients_fts (rowid, name, document, erp_code, contact)
  VALUES (new.id, new.legal_name || ' ' || coalesce(new.trade_name, ''), new.document, new.erp_code,
    coalesce((SELECT group_concat(replace(replace(substr(value, 1, instr(value, '@') - 1), '.', ' '), '_', ' ') || ' ' || replace(replace(replace(replace(replace(value, '@', ''), '.', ''), '_', ''), '-', ''), '+', ''), ' ') FROM json_each(new.emails)), '') || ' ' ||
    coalesce((SELECT group_concat(value || ' ' || substr(value, 3), ' ') FROM json_each(new.phones)), ''));
END;

CREATE TRIGGER clients_fts_delete AFTER DELETE ON clients BEGIN
  DELETE FROM clients_fts WHERE rowid = old.id;
END;

CREATE TRIGGER clients_fts_update AFTER UPDATE OF legal_name, trade_name, document, erp_code, emails, phones
ON clients BEGIN
  DELETE FROM clients_fts WHERE rowid = old.id;
  INSERT INTO clients_fts (rowid, name, document, erp_code, contact)
  VALUES (new.id, new.legal_name || ' ' || coalesce(new.trade_name, ''), new.document, new.erp_code,
    coalesce((SELECT group_concat(replace(replace(substr(value, 1, instr(value, '@') - 1), '.', ' '), '_', ' ') || ' ' || replace(replace(replace(replace(replace(value, '@', ''), '.', ''), '_', ''), '-', ''), '+', ''), ' ') FROM json_each(new.emails)), '') || ' ' ||
    coalesce((SELECT group_concat(value || ' ' || substr(value, 3), ' ') FROM json_each(new.phones)), ''));
END;
