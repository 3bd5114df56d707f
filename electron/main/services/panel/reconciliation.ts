/**
 * Painel → Conciliação: for each receivables export (one run's snapshot), the control totals
 * the console recorded (rows, sum, hash of the keys) beside what the bureau confirmed batch by
 * batch (recebidos, somaCentavos, hashChaves of each acknowledgement), and the difference.
 * The key hash of each side is the hash of its batch hashes in batch order: equal exactly when
 * every batch the bureau confirmed carries the keys the console sent in it.
 */
import type { ReconciliationRow } from '../../../../shared/ipc/dto/panel';
import type { Db } from '../../db/connection';
import { hashSortedKeys } from '../receivables/receivables-payload';

interface ExportRow {
  id: number;
  run_id: number | null;
  kind: 'full' | 'daily';
  business_date: string;
  status: 'sending' | 'done';
  rows: number;
  amount_cents: number;
  keys_hash: string;
  batch_size: number;
}

interface BatchRow {
  export_id: number;
  batch_no: number;
  rows: number;
  amount_cents: number;
  keys_hash: string;
  rejected_rows: number;
  ack: string;
}

interface Ack {
  recebidos?: number;
  somaCentavos?: number;
  hashChaves?: string;
}

export function reconciliation(db: Db, limit: number): ReconciliationRow[] {
  const exports = db
    .prepare(
      `SELECT id, run_id, kind, business_date, status, rows, amount_cents, keys_hash, batch_size
       FROM receivables_exports ORDER BY id DESC LIMIT ?`,
    )
    .all(limit) as ExportRow[];
  const batchesOf = db.prepare('SELECT * FROM receivables_batches WHERE export_id = ? ORDER BY batch_no');
  return exports.map((e) => {
    const batches = batchesOf.all(e.id) as BatchRow[];
    const acks = batches.map((b) => JSON.parse(b.ack) as Ack);
    const confirmedRows = acks.reduce((s, a) => s + (a.recebidos ?? 0), 0);
    const confirmedCents = acks.reduce((s, a) => s + (a.somaCentavos ?? 0), 0);
    const localBatchHash = hashSortedKeys(batches.map((b) => b.keys_hash));
    const confirmedHash = hashSortedKeys(acks.map((a) => a.hashChaves ?? ''));
    const expectedBatches = e.rows === 0 ? 0 : Math.ceil(e.rows / e.batch_size);
    return {
      exportId: e.id,
      runId: e.run_id,
      kind: e.kind,
      businessDate: e.business_date,
      status: e.status,
      local: { rows: e.rows, amountCents: e.amount_cents, keysHash: localBatchHash },
      confirmed: { rows: confirmedRows, amountCents: confirmedCents, keysHash: confirmedHash },
      batches: expectedBatches,
      batchesConfirmed: batches.length,
      rejectedRows: batches.reduce((s, b) => s + b.rejected_rows, 0),
      difference: {
        rows: e.rows - confirmedRows,
        amountCents: e.amount_cents - confirmedCents,
        sameKeys: batches.length === expectedBatches && localBatchHash === confirmedHash,
      },
    };
  });
}
