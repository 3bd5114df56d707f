-- "Dados compartilhados entre empresas" (seed 004, Detalhes): ERP-owned flag telling whether
-- this client's register is shared by every company (filial/CNPJ) of the group in the ERP, or
-- belongs to one company only. See docs/client-shared-across-companies.md.
ALTER TABLE clients ADD COLUMN shared_across_companies INTEGER NOT NULL DEFAULT 0
  CHECK (shared_across_companies IN (0, 1));
