/**
 * PROVISIONAL wire shape of the receivables sent to the bureau (deps-api.md §5: the real Deps
 * schema is not public). The one mapper used by the daily job and by the upload before each
 * query; documented in docs/receivables-payload.md. Replace this module (and the simulator's
 * `/api/v3/contas-receber/lotes`) once Deps publishes its schema.
 */
import { createHash } from 'node:crypto';
import type { OutboxRecord } from '../../db/repos/receivables-outbox.repo';
import type { OpenReceivable } from './open-receivables';

export type MovementKind = 'entry' | 'payment' | 'payment_reversal';
export type ReceivableSituation = 'aberto' | 'parcial' | 'pago' | 'cancelado';

export interface ReceivableRowPayload {
  /** Deterministic per record: the bureau upserts by it, so a row sent twice is stored once. */
  chave: string;
  documentoCliente: string;
  numeroTitulo: string;
  parcela: number;
  dataEmissao: string;
  dataVencimento: string;
  /** entry: the title's amount; payment / payment_reversal: the movement's amount. */
  valorCentavos: number;
  /** Paid on the title: now (entry) or right after the movement (payment, reversal). */
  valorPagoCentavos: number;
  /** entry: date of the last payment; payment / payment_reversal: the movement's date. */
  dataPagamento: string | null;
  situacao: ReceivableSituation;
  tipoMovimento: MovementKind;
}

export const MAX_ROWS_PER_BATCH = 1000;
export const RECEIVABLES_BATCH_ENDPOINT = '/api/v3/contas-receber/lotes';

/** The key of a title's `entry` row: the same title always upserts the same row at the bureau. */
export const entryRowKey = (erpKey: string): string => `${erpKey}#entry`;
/** A payment or reversal is keyed by its position in the title's movements, which only grow. */
export const movementRowKey = (erpKey: string, kind: MovementKind, index: number): string =>
  `${erpKey}#${kind}#${index}`;

const SITUATION: Record<OpenReceivable['status'], ReceivableSituation> = {
  open: 'aberto',
  partial: 'parcial',
};

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
    situacao: SITUATION[t.status],
    tipoMovimento: 'entry',
  };
}

/** A row of the outbox (already computed by the snapshot) in wire form. */
export function outboxRow(r: OutboxRecord): ReceivableRowPayload {
  return {
    chave: r.chave,
    documentoCliente: r.document,
    numeroTitulo: r.title_number,
    parcela: r.installment,
    dataEmissao: r.issue_date,
    dataVencimento: r.due_date,
    valorCentavos: r.amount_cents,
    valorPagoCentavos: r.paid_cents,
    dataPagamento: r.payment_date,
    situacao: r.situation as ReceivableSituation,
    tipoMovimento: r.kind,
  };
}

/**
 * The control hash of a set of keys, the bureau's `hashChaves`: sha256 (hex) of the keys
 * sorted by code unit and joined by '\n'. Feed keys already sorted to `keysHasher` for
 * sets too large to sort in memory.
 */
export function keysHasher(): { add(key: string): void; digest(): string } {
  const hash = createHash('sha256');
  let first = true;
  return {
    add(key) {
      hash.update(first ? key : `\n${key}`);
      first = false;
    },
    digest: () => hash.digest('hex'),
  };
}

export function hashKeys(keys: Iterable<string>): string {
  const hasher = keysHasher();
  for (const key of [...keys].sort()) hasher.add(key);
  return hasher.digest();
}

export function hashSortedKeys(sorted: Iterable<string>): string {
  const hasher = keysHasher();
  for (const key of sorted) hasher.add(key);
  return hasher.digest();
}

export interface ControlTotals {
  rows: number;
  amountCents: number;
  keysHash: string;
}

export function controlTotals(rows: ReceivableRowPayload[]): ControlTotals {
  return {
    rows: rows.length,
    amountCents: rows.reduce((sum, r) => sum + r.valorCentavos, 0),
    keysHash: hashKeys(rows.map((r) => r.chave)),
  };
}
