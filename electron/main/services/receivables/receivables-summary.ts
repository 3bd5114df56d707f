import type { Db } from '../../db/connection';
import { exportProgress, type ReceivablesExportRecord } from '../../db/repos/receivables-outbox.repo';

/** Control totals of one export: recorded at the snapshot, and as acknowledged by the bureau. */
export interface ExportSummary {
  id: number;
  kind: 'full' | 'daily';
  businessDate: string;
  status: 'sending' | 'done';
  rows: number;
  amountCents: number;
  keysHash: string;
  sentRows: number;
  confirmedRows: number;
  confirmedCents: number;
  rejectedRows: number;
  /** Floor mode: this run finished a send another seat began (its batches were not sent again). */
  resumedFrom?: { machineName: string; batches: number };
}

export function exportSummary(db: Db, e: ReceivablesExportRecord): ExportSummary {
  const p = exportProgress(db, e.id);
  return {
    id: e.id,
    kind: e.kind,
    businessDate: e.business_date,
    status: e.status,
    rows: e.rows,
    amountCents: e.amount_cents,
    keysHash: e.keys_hash,
    sentRows: p.sentRows,
    confirmedRows: p.confirmedRows,
    confirmedCents: p.confirmedCents,
    rejectedRows: p.rejectedRows,
  };
}
