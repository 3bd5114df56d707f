/**
 * Liberação de crédito (seed 003): sales orders the ERP blocked for credit, released or rejected
 * by an analyst. Shared by main (rules, ERP mapping) and renderer (labels, filters).
 */

/** Why the ERP blocked an order (its `motivoBloqueio`). */
export const CREDIT_BLOCK_REASONS = [
  'limit_exceeded',
  'overdue_titles',
  'client_blocked',
  'no_limit',
] as const;
export type CreditBlockReason = (typeof CREDIT_BLOCK_REASONS)[number];

export const CREDIT_BLOCK_REASON_LABEL: Record<CreditBlockReason, string> = {
  limit_exceeded: 'Limite excedido',
  overdue_titles: 'Títulos vencidos',
  client_blocked: 'Cliente bloqueado',
  no_limit: 'Sem limite',
};

/** The ERP's credit situation of an order (`situacaoCredito`). */
export type OrderCreditState = 'released' | 'blocked' | 'rejected';

export const ORDER_CREDIT_STATE_LABEL: Record<OrderCreditState, string> = {
  released: 'Liberado',
  blocked: 'Bloqueado por crédito',
  rejected: 'Rejeitado',
};

/** Why an analyst rejects an order; `other` needs the free text. */
export const REJECT_REASONS = [
  'overdue_titles',
  'insufficient_limit',
  'bureau_restriction',
  'client_request',
  'duplicate_order',
  'other',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const REJECT_REASON_LABEL: Record<RejectReason, string> = {
  overdue_titles: 'Títulos vencidos em aberto',
  insufficient_limit: 'Limite insuficiente para o pedido',
  bureau_restriction: 'Restrição na consulta Deps',
  client_request: 'Cancelado a pedido do cliente',
  duplicate_order: 'Pedido em duplicidade',
  other: 'Outro motivo',
};

/** Longest free text a rejection carries. */
export const REJECT_NOTE_MAX = 500;

/** Sort orders of the queue; the default is newest first. */
export const CREDIT_QUEUE_SORTS = ['date_desc', 'date_asc', 'value_desc', 'value_asc', 'client_asc'] as const;
export type CreditQueueSort = (typeof CREDIT_QUEUE_SORTS)[number];

export const CREDIT_QUEUE_SORT_LABEL: Record<CreditQueueSort, string> = {
  date_desc: 'Mais recentes primeiro',
  date_asc: 'Mais antigos primeiro',
  value_desc: 'Maior valor primeiro',
  value_asc: 'Menor valor primeiro',
  client_asc: 'Cliente (A-Z)',
};

/**
 * Where an analyst's decision stands: `waiting_erp` until the ERP confirms ("aguardando ERP"),
 * `conflict` when the ERP changed the order meanwhile (value, status, released there),
 * `failed` when the ERP refused it for another reason. Confirmed decisions change the order's
 * credit state and leave no pending decision.
 */
export type DecisionState = 'waiting_erp' | 'conflict' | 'failed';

export const DECISION_STATE_LABEL: Record<DecisionState, string> = {
  waiting_erp: 'Aguardando ERP',
  conflict: 'Conflito com o ERP',
  failed: 'Recusado pelo ERP',
};

export type DecisionKind = 'release' | 'reject';
