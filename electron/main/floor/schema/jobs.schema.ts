/**
 * Central tables of the jobs that run once per floor (db/floor-migrations/0200, 0210). Only in
 * PostgreSQL: in embedded mode the one desktop is always the holder and keeps its
 * checkpoints in its own file.
 */
import type { ColumnType, Generated } from 'kysely';

export interface JobLeasesTable {
  job: string;
  /** Install id of the seat holding the lease. */
  holder: string;
  holder_name: string;
  fencing_token: number;
  acquired_at: string;
  expires_at: ColumnType<Date, never, never>;
  released_at: string | null;
}

export interface JobSlotsDoneTable {
  job: string;
  slot: string;
  done_by: string;
  done_by_name: string;
  fencing_token: number;
  done_at: string;
}

export interface FloorReceivablesExportsTable {
  id: Generated<number>;
  source: string;
  kind: 'full' | 'daily';
  business_date: string;
  rows: number;
  amount_cents: number;
  keys_hash: string;
  batch_size: number;
  status: ColumnType<'sending' | 'done', 'sending' | 'done' | undefined>;
  created_at: string;
  created_by_name: string;
  completed_at: string | null;
}

export interface FloorReceivablesOutboxTable {
  export_id: number;
  row_no: number;
  chave: string;
  content_hash: string;
  amount_cents: number;
  /** The row in wire form (ReceivableRowPayload as JSON). */
  payload: string;
  rejected: string | null;
}

export interface FloorReceivablesBatchesTable {
  export_id: number;
  batch_no: number;
  lote_id: string;
  rows: number;
  amount_cents: number;
  keys_hash: string;
  rejected_rows: number;
  sent_by: string;
  sent_by_name: string;
  fencing_token: number;
  acked_at: string;
}

export interface FloorReceivablesStateTable {
  chave: string;
  content_hash: string;
  amount_cents: number;
  lote_id: string;
  acked_at: string;
}

export interface JobsTables {
  job_leases: JobLeasesTable;
  job_slots_done: JobSlotsDoneTable;
  floor_receivables_exports: FloorReceivablesExportsTable;
  floor_receivables_outbox: FloorReceivablesOutboxTable;
  floor_receivables_batches: FloorReceivablesBatchesTable;
  floor_receivables_state: FloorReceivablesStateTable;
}
