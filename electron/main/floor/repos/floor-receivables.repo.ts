/**
 * The receivables send's central checkpoints (db/floor-migrations/0210): exports copied from
 * a seat's snapshot, their rows in wire form, acknowledged batches and the floor's mirror of
 * what the bureau holds. Every write takes the caller's transaction (fenced by the job lease).
 */
import type { Kysely } from 'kysely';
import type { SharedSchema } from '../shared-schema';
import type { FloorReceivablesExportsTable } from '../schema/jobs.schema';

type Db = Kysely<SharedSchema>;

export interface CentralExport {
  id: number;
  source: string;
  kind: 'full' | 'daily';
  business_date: string;
  rows: number;
  amount_cents: number;
  keys_hash: string;
  batch_size: number;
  status: 'sending' | 'done';
  created_by_name: string;
}

export interface CentralRow {
  chave: string;
  contentHash: string;
  payload: string;
  amountCents: number;
}

const EXPORT_COLUMNS = [
  'id',
  'source',
  'kind',
  'business_date',
  'rows',
  'amount_cents',
  'keys_hash',
  'batch_size',
  'status',
  'created_by_name',
] as const;

export async function exportBySource(db: Db, source: string): Promise<CentralExport | undefined> {
  return db
    .selectFrom('floor_receivables_exports')
    .select(EXPORT_COLUMNS)
    .where('source', '=', source)
    .executeTakeFirst();
}

export async function sendingCentralExports(db: Db): Promise<CentralExport[]> {
  return db
    .selectFrom('floor_receivables_exports')
    .select(EXPORT_COLUMNS)
    .where('status', '=', 'sending')
    .orderBy('id')
    .execute();
}

export async function getCentralExport(db: Db, id: number): Promise<CentralExport | undefined> {
  return db
    .selectFrom('floor_receivables_exports')
    .select(EXPORT_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertCentralExport(
  db: Db,
  e: Omit<FloorReceivablesExportsTable, 'id' | 'status' | 'completed_at'>,
): Promise<number> {
  const row = await db
    .insertInto('floor_receivables_exports')
    .values(e)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setCentralExportTotals(
  db: Db,
  id: number,
  t: { rows: number; amountCents: number; keysHash: string },
): Promise<void> {
  await db
    .updateTable('floor_receivables_exports')
    .set({ rows: t.rows, amount_cents: t.amountCents, keys_hash: t.keysHash })
    .where('id', '=', id)
    .execute();
}

/** Of these keys, the content hash the bureau already holds (per the floor's mirror). */
export async function heldContent(db: Db, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom('floor_receivables_state')
    .select(['chave', 'content_hash'])
    .where('chave', 'in', keys)
    .execute();
  return new Map(rows.map((r) => [r.chave, r.content_hash]));
}

export async function insertCentralRows(
  db: Db,
  exportId: number,
  firstRowNo: number,
  rows: CentralRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('floor_receivables_outbox')
    .values(
      rows.map((r, i) => ({
        export_id: exportId,
        row_no: firstRowNo + i,
        chave: r.chave,
        content_hash: r.contentHash,
        amount_cents: r.amountCents,
        payload: r.payload,
        rejected: null,
      })),
    )
    .execute();
}

/** The rows of batch `batchNo` still to send (refused ones left out), in order. */
export async function centralBatchRows(
  db: Db,
  e: Pick<CentralExport, 'id' | 'batch_size'>,
  batchNo: number,
): Promise<{ row_no: number; chave: string; content_hash: string; amount_cents: number; payload: string }[]> {
  return db
    .selectFrom('floor_receivables_outbox')
    .select(['row_no', 'chave', 'content_hash', 'amount_cents', 'payload'])
    .where('export_id', '=', e.id)
    .where('row_no', '>=', batchNo * e.batch_size)
    .where('row_no', '<', (batchNo + 1) * e.batch_size)
    .where('rejected', 'is', null)
    .orderBy('row_no')
    .execute();
}

export async function markCentralRowsRejected(
  db: Db,
  exportId: number,
  rejections: { rowNo: number; reason: string }[],
): Promise<void> {
  for (const r of rejections)
    await db
      .updateTable('floor_receivables_outbox')
      .set({ rejected: r.reason.slice(0, 500) })
      .where('export_id', '=', exportId)
      .where('row_no', '=', r.rowNo)
      .execute();
}

export interface CentralBatch {
  exportId: number;
  batchNo: number;
  loteId: string;
  rows: number;
  amountCents: number;
  keysHash: string;
  rejectedRows: number;
  sentBy: string;
  sentByName: string;
  fencingToken: number;
  ackedAt: string;
}

export async function insertCentralBatch(db: Db, b: CentralBatch): Promise<void> {
  await db
    .insertInto('floor_receivables_batches')
    .values({
      export_id: b.exportId,
      batch_no: b.batchNo,
      lote_id: b.loteId,
      rows: b.rows,
      amount_cents: b.amountCents,
      keys_hash: b.keysHash,
      rejected_rows: b.rejectedRows,
      sent_by: b.sentBy,
      sent_by_name: b.sentByName,
      fencing_token: b.fencingToken,
      acked_at: b.ackedAt,
    })
    .execute();
}

/** The bureau upserts by key, so the floor's mirror does too. */
export async function upsertCentralState(
  db: Db,
  rows: { chave: string; contentHash: string; amountCents: number }[],
  loteId: string,
  at: string,
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('floor_receivables_state')
    .values(
      rows.map((r) => ({
        chave: r.chave,
        content_hash: r.contentHash,
        amount_cents: r.amountCents,
        lote_id: loteId,
        acked_at: at,
      })),
    )
    .onConflict((oc) =>
      oc.column('chave').doUpdateSet((eb) => ({
        content_hash: eb.ref('excluded.content_hash'),
        amount_cents: eb.ref('excluded.amount_cents'),
        lote_id: eb.ref('excluded.lote_id'),
        acked_at: eb.ref('excluded.acked_at'),
      })),
    )
    .execute();
}

export interface CentralProgress {
  batches: number;
  sentRows: number;
  sentCents: number;
  rejectedRows: number;
  rejectedCents: number;
}

/** What the bureau acknowledged of one export so far; `batches` is also the next batch to send. */
/** The batches of an export other installations acknowledged (a takeover resumed their send). */
export async function batchesSentByOthers(
  db: Db,
  exportId: number,
  installId: string,
): Promise<{ batches: number; machineName: string | null }> {
  const rows = await db
    .selectFrom('floor_receivables_batches')
    .select(['sent_by_name', (eb) => eb.fn.countAll<number>().as('n')])
    .where('export_id', '=', exportId)
    .where('sent_by', '<>', installId)
    .groupBy('sent_by_name')
    .orderBy('n', 'desc')
    .execute();
  return {
    batches: rows.reduce((sum, r) => sum + Number(r.n), 0),
    machineName: rows[0]?.sent_by_name ?? null,
  };
}

export async function centralProgress(db: Db, exportId: number): Promise<CentralProgress> {
  const b = await db
    .selectFrom('floor_receivables_batches')
    .select((eb) => [
      eb.fn.countAll<number>().as('batches'),
      eb.fn.coalesce(eb.fn.sum<number>('rows'), eb.lit(0)).as('sentRows'),
      eb.fn.coalesce(eb.fn.sum<number>('amount_cents'), eb.lit(0)).as('sentCents'),
      eb.fn.coalesce(eb.fn.sum<number>('rejected_rows'), eb.lit(0)).as('rejectedRows'),
    ])
    .where('export_id', '=', exportId)
    .executeTakeFirstOrThrow();
  const rejected = await db
    .selectFrom('floor_receivables_outbox')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_cents'), eb.lit(0)).as('cents'))
    .where('export_id', '=', exportId)
    .where('rejected', 'is not', null)
    .executeTakeFirstOrThrow();
  return {
    batches: Number(b.batches),
    sentRows: Number(b.sentRows),
    sentCents: Number(b.sentCents),
    rejectedRows: Number(b.rejectedRows),
    rejectedCents: Number(rejected.cents),
  };
}

export async function completeCentralExport(db: Db, id: number, at: string): Promise<void> {
  await db
    .updateTable('floor_receivables_exports')
    .set({ status: 'done', completed_at: at })
    .where('id', '=', id)
    .execute();
}
