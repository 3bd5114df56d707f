/**
 * Incremental ERP sync, table by table. Each page's rows, the table's new cursor and the
 * request log row are written in ONE transaction: a crash between pages resumes from the
 * stored page token (no gap) and a page read twice is absorbed by the upserts (no duplicate).
 */
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { getSyncCursor, insertSyncRequest, saveSyncCursor } from '../../db/repos/erp-sync.repo';
import { ErpFailure } from '../../gateways/erp/erp-errors';
import {
  ERP_TABLES,
  type ErpGateway,
  type ErpTable,
  type ErpTablePage,
  type ErpTableQuery,
} from '../../gateways/erp/erp-gateway';
import { createWriters } from './erp-sync-writers';

/** Clients first (F9 finds them sooner), then receivables, then the rest. */
export const SYNC_ORDER: ErpTable[] = [
  'empresa',
  'contato',
  'fatura',
  ...ERP_TABLES.filter((t) => t !== 'empresa' && t !== 'contato' && t !== 'fatura'),
];

export interface SyncOptions {
  runId: number | null;
  tables?: ErpTable[];
  pageSize?: number;
  signal?: AbortSignal;
  /** Runs inside each page's transaction after its rows are written (tests simulate a crash here). */
  onPage?: (table: ErpTable, rows: number) => void;
}

export interface SyncSummary {
  tables: { table: ErpTable; rows: number; pages: number }[];
  rows: number;
}

const elapsed = (start: bigint): number => Number((process.hrtime.bigint() - start) / 1_000_000n);

type Fetched =
  { ok: true; page: ErpTablePage; durationMs: number } | { ok: false; error: unknown; durationMs: number };

/** Never rejects: a prefetched page that is never awaited must not become an unhandled rejection. */
async function fetchPage(gateway: ErpGateway, table: ErpTable, query: ErpTableQuery): Promise<Fetched> {
  const started = process.hrtime.bigint();
  try {
    const page = await gateway.readTable(table, query);
    return { ok: true, page, durationMs: elapsed(started) };
  } catch (error) {
    return { ok: false, error, durationMs: elapsed(started) };
  }
}

export async function runErpSync(core: Core, gateway: ErpGateway, opts: SyncOptions): Promise<SyncSummary> {
  const { db } = core;
  const writerFor = createWriters(db);
  const summary: SyncSummary = { tables: [], rows: 0 };
  for (const table of opts.tables ?? SYNC_ORDER) {
    const write = writerFor(table);
    const stats = { table, rows: 0, pages: 0 };
    summary.tables.push(stats);
    const storePage = db.transaction(
      (
        records: Parameters<typeof write>[0],
        next: { changedSince: string | null; pageToken: string | null; completed: boolean },
        durationMs: number,
      ) => {
        const at = core.now().toISOString();
        write(records, at);
        saveSyncCursor(db, {
          table,
          changedSince: next.changedSince,
          pageToken: next.pageToken,
          addedRows: records.length,
          completedAt: next.completed ? at : null,
          at,
        });
        insertSyncRequest(db, {
          run_id: opts.runId,
          table_name: table,
          at,
          rows: records.length,
          status: 'ok',
          http_status: 200,
          duration_ms: durationMs,
          error_code: null,
          error: null,
        });
        opts.onPage?.(table, records.length);
      },
    );
    if (opts.signal?.aborted) throw new AppFailure('CANCELLED', 'Sincronização interrompida.');
    const cursor = getSyncCursor(db, table);
    const changedSince = cursor?.changed_since ?? null;
    // The next page is requested while this one is written: the ERP and SQLite work in parallel.
    // Only stored pages move the cursor, so a prefetched page lost in a crash is simply read again.
    let pending = fetchPage(gateway, table, {
      changedSince,
      pageToken: cursor?.page_token ?? null,
      pageSize: opts.pageSize,
    });
    for (;;) {
      const fetched = await pending;
      if (!fetched.ok) {
        insertSyncRequest(db, {
          run_id: opts.runId,
          table_name: table,
          at: core.now().toISOString(),
          rows: 0,
          status: 'error',
          http_status: fetched.error instanceof ErpFailure ? fetched.error.httpStatus : null,
          duration_ms: fetched.durationMs,
          error_code: fetched.error instanceof AppFailure ? fetched.error.code : 'INTERNAL',
          error: fetched.error instanceof Error ? fetched.error.message : String(fetched.error),
        });
        throw fetched.error;
      }
      const { page } = fetched;
      const completed = page.nextPageToken === null;
      if (!completed) {
        if (opts.signal?.aborted) throw new AppFailure('CANCELLED', 'Sincronização interrompida.');
        pending = fetchPage(gateway, table, {
          changedSince,
          pageToken: page.nextPageToken,
          pageSize: opts.pageSize,
        });
      }
      storePage(
        page.records,
        completed
          ? { changedSince: page.cursor, pageToken: null, completed }
          : { changedSince, pageToken: page.nextPageToken, completed },
        fetched.durationMs,
      );
      stats.rows += page.records.length;
      stats.pages += 1;
      summary.rows += page.records.length;
      if (completed) break;
    }
  }
  return summary;
}
