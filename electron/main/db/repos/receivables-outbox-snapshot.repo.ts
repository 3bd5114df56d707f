/**
 * The snapshot step of the receivables export: copies what must be sent into the outbox in
 * wire form. Entries go in first and movements after them, so a batch never carries a payment
 * whose entry comes later. Keys follow services/receivables/receivables-payload.ts
 * ("<erp key>#entry", "<erp key>#<kind>#<index>"); a test checks that both agree.
 */
import type { Db } from '../connection';

const SITUATION_OF_STATUS = `CASE r.status WHEN 'open' THEN 'aberto' WHEN 'partial' THEN 'parcial'
  WHEN 'paid' THEN 'pago' ELSE 'cancelado' END`;

const OUTBOX_COLUMNS = `(export_id, chave, kind, document, title_number, installment, issue_date, due_date,
  amount_cents, paid_cents, payment_date, situation)`;

const ENTRY_SELECT = `SELECT @exportId, r.erp_key || '#entry', 'entry', c.document, r.title_number, r.installment,
  r.issue_date, r.due_date, r.amount_cents, r.paid_cents, r.payment_date, ${SITUATION_OF_STATUS}
  FROM receivables r JOIN clients c ON c.erp_code = r.client_erp_code`;

/** Paid amount right after each movement, and the title's situation then. */
const RUNNING_PAID = `sum(CASE m.kind WHEN 'payment' THEN m.amount_cents WHEN 'payment_reversal' THEN -m.amount_cents
  ELSE 0 END) OVER (PARTITION BY m.receivable_id ORDER BY m.idx)`;

const MOVEMENT_SELECT = (
  ledger: string,
) => `SELECT @exportId, r.erp_key || '#' || m.kind || '#' || m.idx, m.kind,
  c.document, r.title_number, r.installment, r.issue_date, r.due_date, m.amount_cents, max(m.paid_after, 0), m.date,
  CASE WHEN m.paid_after >= r.amount_cents THEN 'pago' WHEN m.paid_after > 0 THEN 'parcial' ELSE 'aberto' END
  FROM (${ledger}) m JOIN receivables r ON r.id = m.receivable_id JOIN clients c ON c.erp_code = r.client_erp_code
  WHERE m.kind IN ('payment', 'payment_reversal')`;

const IN_FULL_LOAD = `(r.status IN ('open', 'partial') OR (r.status = 'paid' AND r.payment_date >= @paidSince))`;

/** Full load: every open title plus every title received since `paidSince`, with their movements. */
export function snapshotFull(db: Db, exportId: number, paidSince: string): void {
  db.prepare(
    `INSERT INTO receivables_outbox ${OUTBOX_COLUMNS} ${ENTRY_SELECT} WHERE ${IN_FULL_LOAD} ORDER BY r.id`,
  ).run({ exportId, paidSince });
  const ledger = `SELECT m.receivable_id, m.idx, m.kind, m.date, m.amount_cents, ${RUNNING_PAID} AS paid_after
    FROM receivable_movements m`;
  db.prepare(
    `INSERT INTO receivables_outbox ${OUTBOX_COLUMNS} ${MOVEMENT_SELECT(ledger)} AND ${IN_FULL_LOAD}
     ORDER BY m.receivable_id, m.idx`,
  ).run({ exportId, paidSince });
}

/**
 * Claims for `exportId` every movement learned after the full load (`afterSeq`) and dated
 * before `before`, whose client is known (the others wait for the client to arrive).
 * Uses the partial index on pending movements. Returns how many were claimed.
 */
export function claimPendingMovements(db: Db, exportId: number, afterSeq: number, before: string): number {
  return db
    .prepare(
      `UPDATE receivable_movements SET export_id = ?
       WHERE export_id IS NULL AND seq > ? AND date < ?
         AND EXISTS (SELECT 1 FROM receivables r JOIN clients c ON c.erp_code = r.client_erp_code
                     WHERE r.id = receivable_movements.receivable_id)`,
    )
    .run(exportId, afterSeq, before).changes;
}

/**
 * Daily delta: the entry (current state) of each title with a claimed movement, then those
 * movements. The few claimed movements get their running paid amount from the title index
 * (receivable_id, idx) instead of a window over every movement of the touched titles.
 */
export function snapshotClaimed(db: Db, exportId: number): void {
  const touched = 'SELECT receivable_id FROM receivable_movements WHERE export_id = @exportId';
  db.prepare(
    `INSERT INTO receivables_outbox ${OUTBOX_COLUMNS} ${ENTRY_SELECT} WHERE r.id IN (${touched}) ORDER BY r.id`,
  ).run({ exportId });
  const ledger = `SELECT m.receivable_id, m.idx, m.kind, m.date, m.amount_cents,
      (SELECT sum(CASE p.kind WHEN 'payment' THEN p.amount_cents WHEN 'payment_reversal' THEN -p.amount_cents
         ELSE 0 END) FROM receivable_movements p WHERE p.receivable_id = m.receivable_id AND p.idx <= m.idx) AS paid_after
    FROM receivable_movements m WHERE m.export_id = @exportId AND m.kind IN ('payment', 'payment_reversal')`;
  db.prepare(
    `INSERT INTO receivables_outbox ${OUTBOX_COLUMNS} ${MOVEMENT_SELECT(ledger)} ORDER BY m.receivable_id, m.idx`,
  ).run({ exportId });
}

export function ledgerHighWater(db: Db): number {
  return (db.prepare('SELECT coalesce(max(seq), 0) AS s FROM receivable_movements').get() as { s: number }).s;
}

export interface OutboxExtent {
  firstRow: number;
  lastRow: number;
  rows: number;
  amountCents: number;
}

export function outboxExtent(db: Db, exportId: number): OutboxExtent {
  return db
    .prepare(
      `SELECT coalesce(min(id), 0) AS firstRow, coalesce(max(id), -1) AS lastRow, count(*) AS rows,
         coalesce(sum(amount_cents), 0) AS amountCents
       FROM receivables_outbox WHERE export_id = ?`,
    )
    .get(exportId) as OutboxExtent;
}

/** The export's keys in byte order, for the control hash. */
export function outboxKeysInOrder(db: Db, exportId: number): IterableIterator<string> {
  return db
    .prepare('SELECT chave FROM receivables_outbox WHERE export_id = ? ORDER BY chave')
    .pluck()
    .iterate(exportId) as IterableIterator<string>;
}
