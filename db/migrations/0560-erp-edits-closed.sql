-- An edit of ERP-owned fields is closed, not deleted, when it ends: 'confirmed' (the ERP took
-- it; base_version is then the version the ERP wrote) or 'withdrawn' (the agent edited the
-- value back, took the ERP's in a conflict, or closed a rejection notice). In floor mode every
-- seat derives the agent's value on its copy of the ERP's row from these rows, so a seat must
-- tell "the ERP has it now" (keep the value) from "the agent gave it up" (show the ERP's).
ALTER TABLE client_erp_edits ADD COLUMN closed TEXT CHECK (closed IN ('confirmed', 'withdrawn'));

-- The indexes of the edits still waiting or in conflict leave the closed ones out.
DROP INDEX client_erp_edits_waiting;
DROP INDEX client_erp_edits_erp_code;
CREATE INDEX client_erp_edits_waiting ON client_erp_edits (id) WHERE state = 'pending' AND closed IS NULL;
CREATE INDEX client_erp_edits_erp_code ON client_erp_edits (erp_code)
  WHERE state IN ('pending', 'conflict') AND closed IS NULL;
