import type { Db } from '../connection';

export type ExportKind = 'full' | 'daily';

export interface ReceivablesExportRecord {
  id: number;
  kind: ExportKind;
  business_date: string;
  run_id: number | null;
  created_at: string;
  high_water_seq: number;
  first_row: number;
  last_row: number;
  batch_size: number;
  rows: number;
  amount_cents: number;
  keys_hash: string;
  status: 'sending' | 'done';
  completed_at: string | null;
}

export interface OutboxRecord {
  id: number;
  export_id: number;
  chave: string;
  kind: 'entry' | 'payment' | 'payment_reversal';
  document: string;
  title_number: string;
  installment: number;
  issue_date: string;
  due_date: string;
  amount_cents: number;
  paid_cents: number;
  payment_date: string | null;
  situation: string;
  rejected: string | null;
}

export function insertExport(
  db: Db,
  e: {
    kind: ExportKind;
    businessDate: string;
    runId: number | null;
    createdAt: string;
    highWaterSeq: number;
    batchSize: number;
  },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO receivables_exports (kind, business_date, run_id, created_at, high_water_seq, first_row, last_row,
           batch_size, rows, amount_cents, keys_hash) VALUES (?, ?, ?, ?, ?, 0, -1, ?, 0, 0, '')`,
      )
      .run(e.kind, e.businessDate, e.runId, e.createdAt, e.highWaterSeq, e.batchSize).lastInsertRowid,
  );
}

export function setExportTotals(
  db: Db,
  id: number,
  t: { firstRow: number; lastRow: number; rows: number; amountCents: number; keysHash: string },
): void {
  db.prepare(
    'UPDATE receivables_exports SET first_row = ?, last_row = ?, rows = ?, amount_cents = ?, keys_hash = ? WHERE id = ?',
  ).run(t.firstRow, t.lastRow, t.rows, t.amountCents, t.keysHash, id);
}

export function deleteExport(db: Db, id: number): void {
  db.prepare('DELETE FROM receivables_exports WHERE id = ?').run(id);
}

export function getExport(db: Db, id: number): ReceivablesExportRecord | undefined {
  return db.prepare('SELECT * FROM receivables_exports WHERE id = ?').get(id) as
    ReceivablesExportRecord | undefined;
}

export function fullExport(db: Db): ReceivablesExportRecord | undefined {
  return db.prepare("SELECT * FROM receivables_exports WHERE kind = 'full'").get() as
    ReceivablesExportRecord | undefined;
}

/** Exports a run started and did not finish (crash, bureau down), oldest first. */
export function sendingExports(db: Db): ReceivablesExportRecord[] {
  return db
    .prepare("SELECT * FROM receivables_exports WHERE status = 'sending' ORDER BY id")
    .all() as ReceivablesExportRecord[];
}

/** The rows of one batch still to send (the ones the bureau refused are left out). */
export function batchRows(db: Db, exportId: number, fromId: number, toId: number): OutboxRecord[] {
  return db
    .prepare(
      'SELECT * FROM receivables_outbox WHERE id BETWEEN ? AND ? AND export_id = ? AND rejected IS NULL ORDER BY id',
    )
    .all(fromId, toId, exportId) as OutboxRecord[];
}

export function markRowRejected(db: Db, id: number, reason: string): void {
  db.prepare('UPDATE receivables_outbox SET rejected = ? WHERE id = ?').run(reason.slice(0, 500), id);
}

export interface BatchAckRecord {
  exportId: number;
  batchNo: number;
  loteId: string;
  runId: number | null;
  requestId: number | null;
  rows: number;
  amountCents: number;
  keysHash: string;
  rejectedRows: number;
  ack: object;
  ackedAt: string;
}

export function insertBatchAck(db: Db, b: BatchAckRecord): void {
  db.prepare(
    `INSERT INTO receivables_batches (export_id, batch_no, lote_id, run_id, request_id, rows, amount_cents, keys_hash,
       rejected_rows, ack, acked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    b.exportId,
    b.batchNo,
    b.loteId,
    b.runId,
    b.requestId,
    b.rows,
    b.amountCents,
    b.keysHash,
    b.rejectedRows,
    JSON.stringify(b.ack),
    b.ackedAt,
  );
}

export interface ExportProgress {
  batches: number;
  sentRows: number;
  sentCents: number;
  confirmedRows: number;
  confirmedCents: number;
  rejectedRows: number;
}

/** What the bureau acknowledged of one export so far; `batches` is also the next batch to send. */
export function exportProgress(db: Db, exportId: number): ExportProgress {
  return db
    .prepare(
      `SELECT count(*) AS batches, coalesce(sum(rows), 0) AS sentRows, coalesce(sum(amount_cents), 0) AS sentCents,
         coalesce(sum(json_extract(ack, '$.recebidos')), 0) AS confirmedRows,
         coalesce(sum(json_extract(ack, '$.somaCentavos')), 0) AS confirmedCents,
         coalesce(sum(rejected_rows), 0) AS rejectedRows
       FROM receivables_batches WHERE export_id = ?`,
    )
    .get(exportId) as ExportProgress;
}

export function rejectedCents(db: Db, exportId: number): number {
  return (
    db
      .prepare(
        'SELECT coalesce(sum(amount_cents), 0) AS c FROM receivables_outbox WHERE export_id = ? AND rejected IS NOT NULL',
      )
      .get(exportId) as { c: number }
  ).c;
}

/** Done: the rows the bureau holds leave the outbox; refused ones stay for inspection. */
export function completeExport(db: Db, id: number, at: string): void {
  db.prepare("UPDATE receivables_exports SET status = 'done', completed_at = ? WHERE id = ?").run(at, id);
  db.prepare('DELETE FROM receivables_outbox WHERE export_id = ? AND rejected IS NULL').run(id);
}

/** Exports a run worked on (created or resumed), for the run's summary. */
export function exportIdsOfRun(db: Db, runId: number): number[] {
  return db
    .prepare(
      `SELECT id FROM receivables_exports WHERE run_id = ?
       UNION SELECT export_id FROM receivables_batches WHERE run_id = ? ORDER BY 1`,
    )
    .pluck()
    .all(runId, runId) as number[];
}

/** Rows and amount the bureau acknowledged during one run. */
export function runProgress(db: Db, runId: number): ExportProgress {
  return db
    .prepare(
      `SELECT count(*) AS batches, coalesce(sum(rows), 0) AS sentRows, coalesce(sum(amount_cents), 0) AS sentCents,
         coalesce(sum(json_extract(ack, '$.recebidos')), 0) AS confirmedRows,
         coalesce(sum(json_extract(ack, '$.somaCentavos')), 0) AS confirmedCents,
         coalesce(sum(rejected_rows), 0) AS rejectedRows
       FROM receivables_batches WHERE run_id = ?`,
    )
    .get(runId) as ExportProgress;
}
