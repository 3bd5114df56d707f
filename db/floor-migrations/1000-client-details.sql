-- The console's own fields of a client's Detalhes, which the ERP does not have (docs/data-ownership.md:
-- Moeda, Idioma de comunicação, Conta contábil, Dia preferido para compromissos, Dados compartilhados
-- entre empresas), shared by the floor. On a seat they are columns of the ERP's clients row; id is
-- the client's id. Written by the seat that changed them (a stale seat is refused and catches up).
CREATE TABLE client_details (
  id bigint PRIMARY KEY,
  currency text NOT NULL,
  language text NOT NULL,
  accounting_account text NOT NULL,
  preferred_appointment_day text,
  shared_across_companies integer NOT NULL,
  seq bigint NOT NULL DEFAULT 0
);

SELECT floor_feed_table('client_details', ARRAY['id']);
