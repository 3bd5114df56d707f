-- Net revenue per client, month and category, kept in step with client_billing_documents by
-- triggers: Faturamento reads at most 12 x categories rows whether the client has ten
-- documents or ten thousand. Credit notes count negative.
CREATE TABLE client_revenue_monthly (
  client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  month TEXT NOT NULL,
  category TEXT NOT NULL,
  cents INTEGER NOT NULL,
  PRIMARY KEY (client_id, month, category)
) WITHOUT ROWID;

INSERT INTO client_revenue_monthly (client_id, month, category, cents)
SELECT client_id, substr(issued_on, 1, 7), category,
  sum(CASE kind WHEN 'invoice' THEN net_cents ELSE -net_cents END)
FROM client_billing_documents GROUP BY 1, 2, 3;

CREATE TRIGGER client_revenue_document_insert AFTER INSERT ON client_billing_documents BEGIN
  INSERT INTO client_revenue_monthly (client_id, month, category, cents)
  VALUES (new.client_id, substr(new.issued_on, 1, 7), new.category,
    CASE new.kind WHEN 'invoice' THEN new.net_cents ELSE -new.net_cents END)
  ON CONFLICT (client_id, month, category) DO UPDATE SET cents = cents + excluded.cents;
END;

CREATE TRIGGER client_revenue_document_delete AFTER DELETE ON client_billing_documents BEGIN
  UPDATE client_revenue_monthly
  SET cents = cents - CASE old.kind WHEN 'invoice' THEN old.net_cents ELSE -old.net_cents END
  WHERE client_id = old.client_id AND month = substr(old.issued_on, 1, 7) AND category = old.category;
END;

CREATE TRIGGER client_revenue_document_update
AFTER UPDATE OF client_id, kind, issued_on, category, net_cents ON client_billing_documents BEGIN
  UPDATE client_revenue_monthly
  SET cents = cents - CASE old.kind WHEN 'invoice' THEN old.net_cents ELSE -old.net_cents END
  WHERE client_id = old.client_id AND month = substr(old.issued_on, 1, 7) AND category = old.category;
  INSERT INTO client_revenue_monthly (client_id, month, category, cents)
  VALUES (new.client_id, substr(new.issued_on, 1, 7), new.category,
    CASE new.kind WHEN 'invoice' THEN new.net_cents ELSE -new.net_cents END)
  ON CONFLICT (client_id, month, category) DO UPDATE SET cents = cents + excluded.cents;
END;
