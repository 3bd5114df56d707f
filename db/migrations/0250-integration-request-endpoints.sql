-- The integration history (Configurações → Integração → Histórico) lists every request with its
-- direction and endpoint, like the bureau's request log already does. The ERP sync only reads
-- (GET /v1/tabelas/{tabela}), so existing rows get the path their table name implies.
ALTER TABLE erp_sync_requests ADD COLUMN direction TEXT NOT NULL DEFAULT 'recebimento';
ALTER TABLE erp_sync_requests ADD COLUMN endpoint TEXT NOT NULL DEFAULT '';
UPDATE erp_sync_requests SET endpoint = '/v1/tabelas/' || table_name;
