/**
 * What the Histórico tab offers: every ERP table the sync reads (by the key it has in
 * `/v1/tabelas/{tabela}` and in erp_sync_requests.table_name) plus the receivables the daily
 * job sends to the bureau. One list for the checklist, the input schema and the workbook.
 */
export const BUREAU_RECEIVABLES_TABLE = 'contas-a-receber-bureau';

export const HISTORY_TABLES = [
  {
    key: 'contato',
    label: 'Contato',
    description: 'Clientes pessoa física enviados pelo ERP (busca F9 e ficha do cliente).',
  },
  { key: 'cotacao', label: 'Cotação', description: 'Cotações feitas aos clientes.' },
  {
    key: 'empresa',
    label: 'Empresa',
    description: 'Clientes pessoa jurídica, com limite, saldo e situação de crédito.',
  },
  {
    key: 'empresa-marca',
    label: 'Empresa × marca',
    description: 'Situação comercial de cada cliente com cada marca.',
  },
  {
    key: 'fatura',
    label: 'Fatura',
    description: 'Duplicatas dos clientes (contas a receber), com pagamentos e estornos.',
  },
  { key: 'fornecedor', label: 'Fornecedor', description: 'Fornecedores cadastrados no ERP.' },
  { key: 'itens-cotacao', label: 'Itens de cotação', description: 'Produtos de cada cotação.' },
  { key: 'itens-nota', label: 'Itens de nota', description: 'Produtos de cada nota fiscal.' },
  { key: 'itens-pedido', label: 'Itens de pedido', description: 'Produtos de cada pedido.' },
  { key: 'nota', label: 'Nota', description: 'Notas fiscais emitidas aos clientes.' },
  { key: 'pedido', label: 'Pedido', description: 'Pedidos de venda dos clientes.' },
  { key: 'vendedor', label: 'Vendedor', description: 'Vendedores e representantes.' },
  {
    key: BUREAU_RECEIVABLES_TABLE,
    label: 'Contas a receber enviadas ao bureau',
    description: 'Lotes de títulos a receber que a Central envia diariamente ao bureau de crédito.',
  },
] as const;

export type HistoryTableKey = (typeof HISTORY_TABLES)[number]['key'];
export const HISTORY_TABLE_KEYS = HISTORY_TABLES.map((t) => t.key) as [HistoryTableKey, ...HistoryTableKey[]];
