/**
 * ERP data through the central database (issue 18 item 6), the holder's side: the seat holding
 * the `erp-sync` lease reads each table's cursor from the central database (so a next holder
 * resumes where a dead one stopped) and writes every page it received there once, before its
 * own cache: rows in short transactions of at most CENTRAL_BATCH_ROWS, the last one with the
 * table's cursor, each fenced by the lease (a holder that lost it writes nothing). Every seat,
 * this one too, follows those rows into its SQLite cache (erp-follower.ts).
 */
import { sql, type Kysely } from 'kysely';
import type { Core } from '../../core-types';
import type { ErpTable, ErpTableRecord } from '../../gateways/erp/erp-gateway';
import { floorKysely } from '../floor-db';
import type { JobLease } from '../jobs/job-leases';
import type { SharedSchema } from '../shared-schema';

/** Rows per central commit: the feed's seq lock is held for a few milliseconds at a time. */
export const CENTRAL_BATCH_ROWS = 1_000;

export interface CentralCursor {
  changedSince: string | null;
  pageToken: string | null;
}

export interface CentralPage {
  table: ErpTable;
  records: ErpTableRecord<ErpTable>[];
  next: CentralCursor & { completed: boolean };
  at: string;
}

/** What the sync loop asks of the central database in floor mode (inline, or relayed from the worker). */
export interface CentralErpSink {
  cursor(table: ErpTable): Promise<CentralCursor | null>;
  storePage(page: CentralPage): Promise<void>;
}

/** The record's ERP key: clients (empresa, contato) by their code, the rest by their key. */
export function erpRecordKey(table: ErpTable, r: ErpTableRecord<ErpTable>): string {
  if (table === 'empresa' || table === 'contato') return (r as { erpCode: string }).erpCode;
  return (r as { key: string }).key;
}

const changedAtOf = (r: ErpTableRecord<ErpTable>): string | null =>
  (r as { changedAt?: string }).changedAt ?? null;

export function createCentralErpSink(core: Pick<Core, 'floor'>, lease: JobLease): CentralErpSink {
  const pool = core.floor.pool;
  if (!pool) throw new Error('central ERP sink without a central database');
  const db: Kysely<SharedSchema> = floorKysely<SharedSchema>(pool);

  async function writeRows(trx: Kysely<SharedSchema>, page: CentralPage, rows: ErpTableRecord<ErpTable>[]) {
    if (rows.length === 0) return;
    // The newest version of a key wins when a page repeats one (the ERP's order is kept).
    const byKey = new Map(rows.map((r) => [erpRecordKey(page.table, r), r]));
    const items = [...byKey].map(([key, r]) => ({
      key,
      data: JSON.stringify(r),
      changed_at: changedAtOf(r),
    }));
    await sql`
      INSERT INTO erp_central_records (tbl, key, data, changed_at, synced_at)
      SELECT ${page.table}, x.key, x.data, x.changed_at, ${page.at}
        FROM jsonb_to_recordset(${JSON.stringify(items)}::jsonb) AS x(key text, data text, changed_at text)
      ON CONFLICT (tbl, key) DO UPDATE SET data = excluded.data, changed_at = excluded.changed_at,
        synced_at = excluded.synced_at
        WHERE erp_central_records.data IS DISTINCT FROM excluded.data`.execute(trx);
  }

  return {
    async cursor(table) {
      const r = await sql<{ changed_since: string | null; page_token: string | null }>`
        SELECT changed_since, page_token FROM erp_central_cursors WHERE table_name = ${table}`.execute(db);
      const row = r.rows[0];
      return row ? { changedSince: row.changed_since, pageToken: row.page_token } : null;
    },
    async storePage(page) {
      const { records } = page;
      const lastStart =
        records.length === 0 ? 0 : records.length - (((records.length - 1) % CENTRAL_BATCH_ROWS) + 1);
      for (let i = 0; i < lastStart; i += CENTRAL_BATCH_ROWS) {
        await db.transaction().execute(async (trx) => {
          await lease.fence(trx);
          await writeRows(trx, page, records.slice(i, i + CENTRAL_BATCH_ROWS));
        });
      }
      await db.transaction().execute(async (trx) => {
        await lease.fence(trx);
        await writeRows(trx, page, records.slice(lastStart));
        await sql`
          INSERT INTO erp_central_cursors (table_name, changed_since, page_token, rows_total, last_completed_at, updated_at)
          VALUES (${page.table}, ${page.next.changedSince}, ${page.next.pageToken}, ${records.length},
                  ${page.next.completed ? page.at : null}, ${page.at})
          ON CONFLICT (table_name) DO UPDATE SET changed_since = excluded.changed_since,
            page_token = excluded.page_token, rows_total = erp_central_cursors.rows_total + excluded.rows_total,
            last_completed_at = coalesce(excluded.last_completed_at, erp_central_cursors.last_completed_at),
            updated_at = excluded.updated_at`.execute(trx);
      });
    },
  };
}

/** The worker's side of the sink: each call is answered by the main thread (serveCentralErp). */
export type CentralErpCall =
  | { kind: 'erp-central'; op: 'cursor'; table: ErpTable }
  | { kind: 'erp-central'; op: 'page'; page: CentralPage };

export const isCentralErpCall = (p: unknown): p is CentralErpCall =>
  typeof p === 'object' && p !== null && (p as { kind?: unknown }).kind === 'erp-central';

export function serveCentralErp(sink: CentralErpSink, call: CentralErpCall): Promise<unknown> {
  return call.op === 'cursor' ? sink.cursor(call.table) : sink.storePage(call.page).then(() => null);
}

export function relayedCentralErp(ctx: { call<T>(payload: unknown): Promise<T> }): CentralErpSink {
  return {
    cursor: (table) => ctx.call<CentralCursor | null>({ kind: 'erp-central', op: 'cursor', table }),
    storePage: (page) => ctx.call<null>({ kind: 'erp-central', op: 'page', page }).then(() => undefined),
  };
}
