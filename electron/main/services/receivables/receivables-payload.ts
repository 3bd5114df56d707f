import type { OpenReceivable } from './open-receivables';

/**
 * PROVISIONAL wire shape of one receivable row (deps-api.md §5: the real Deps schema is not
 * public). It mirrors the bureau simulator's `/api/v3/contas-receber/lotes` contract; replace
 * this module once Deps publishes theirs.
 */
export interface ReceivableRowPayload {
  chave: string;
  documentoCliente: string;
  numeroTitulo: string;
  parcela: number;
  dataEmissao: string;
  dataVencimento: string;
  valorCentavos: number;
  valorPagoCentavos: number;
  dataPagamento: string | null;
  situacao: 'aberto' | 'parcial';
  tipoMovimento: 'entry';
}

export const MAX_ROWS_PER_BATCH = 1000;

/** The key of a title's `entry` row: the same title always upserts the same row at the bureau. */
export const entryRowKey = (erpKey: string): string => `${erpKey}#entry`;

/** An open title is sent as its entry, with what was paid so far, so the bureau sees the current balance. */
export function openTitleRow(t: OpenReceivable): ReceivableRowPayload {
  return {
    chave: entryRowKey(t.key),
    documentoCliente: t.document,
    numeroTitulo: t.titleNumber,
    parcela: t.installment,
    dataEmissao: t.issueDate,
    dataVencimento: t.dueDate,
    valorCentavos: t.amountCents,
    valorPagoCentavos: t.paidCents,
    dataPagamento: t.paymentDate,
    situacao: t.status === 'partial' ? 'parcial' : 'aberto',
    tipoMovimento: 'entry',
  };
}
