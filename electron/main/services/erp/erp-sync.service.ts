/**
 * Incremental ERP sync, table by table. A page's rows are committed in short transactions of at
 * most WRITE_BATCH_ROWS (so a reader or writer on another connection never waits long); the
 * last one also moves the table's cursor and writes the request log row. A crash inside a
 * page leaves the cursor before it: the page is read again and its upserts absorb the rows
 * already stored (no gap, no duplicate). Plain functions over a db handle and a gateway, so the
 * same loop runs inline or inside the job worker (electron/main/workers).
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
import { createClientSyncGuard } from './erp-sync-client-guard';
import { createWriters, type PageWriter } from './erp-sync-writers';
import type { CentralErpSink } from '../../floor/erp/central-erp';

/** Clients first (F9 finds them sooner), then receivables, then the rest. */
export const SYNC_ORDER: ErpTable[] = [
  'empresa',
  'contato',
  'fatura',
  ...ERP_TABLES.filter((t) => t !== 'empresa' && t !== 'contato' && t !== 'fatura'),
];

/** What the sync needs of the core: the worker passes its own connection and clock. */
export type SyncContext = Pick<Core, 'db' | 'now'>;

/** Rows per commit: a 5,000-row page holds the write lock for a few milliseconds at a time. */
export const WRITE_BATCH_ROWS = 1_000;

export interface SyncOptions {
  runId: number | null;
  tables?: ErpTable[];
  pageSize?: number;
  signal?: AbortSignal;
  /** Runs inside each page's transaction after its rows are written (tests simulate a crash here). */
  onPage?: (table: ErpTable, rows: number) => void;
  /** After a page is committed (progress events; the worker tests kill it here). */
  onStored?: (progress: { table: ErpTable; rows: number; pages: number }) => void;
  /**
   * Floor mode (the lease holder): the cursors come from the central database and every page is
   * written there only (fenced); this seat's cache gets it from the central feed, as every seat.
   */
  central?: CentralErpSink;
}

export interface SyncSummary {
  tables: { table: ErpTable; rows: number; pages: number }[];
  rows: number;
  /** Clients whose register the run changed (their Histórico got "Atualizado pelo ERP"). */
  changedClientIds: number[];
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

const cancelled = () => new AppFailure('erp.syncCancelled');

function logFailedRequest(
  core: SyncContext,
  runId: number | null,
  table: ErpTable,
  f: Fetched & { ok: false },
): void {
  insertSyncRequest(core.db, {
    run_id: runId,
    table_name: table,
    at: core.now().toISOString(),
    rows: 0,
    status: 'error',
    http_status: f.error instanceof ErpFailure ? f.error.httpStatus : null,
    duration_ms: f.durationMs,
    error_code: f.error instanceof AppFailure ? f.error.code : 'INTERNAL',
    error: f.error instanceof Error ? f.error.message : String(f.error),
  });
}

interface NextCursor {
  changedSince: string | null;
  pageToken: string | null;
  completed: boolean;
}

/** One table, page by page, from its stored cursor to the end of the ERP's read. */
async function syncTable(
  core: SyncContext,
  gateway: ErpGateway,
  table: ErpTable,
  write: PageWriter,
  opts: SyncOptions,
): Promise<{ table: ErpTable; rows: number; pages: number }> {
  const { db } = core;
  const stats = { table, rows: 0, pages: 0 };
  // The run's request log of a stored page (and the tests' crash hook), in the page's transaction.
  const logPage = (rows: number, durationMs: number, at: string) => {
    insertSyncRequest(db, {
      run_id: opts.runId,
      table_name: table,
      at,
      rows,
      status: 'ok',
      http_status: 200,
      duration_ms: durationMs,
      error_code: null,
      error: null,
    });
    opts.onPage?.(table, rows);
  };
  const writeRows = db.transaction((records: ErpTablePage['records'], at: string) => write(records, at));
  const finishPage = db.transaction(
    (records: ErpTablePage['records'], next: NextCursor, durationMs: number, at: string) => {
      write(records.slice(-lastBatchSize(records.length)), at);
      saveSyncCursor(db, {
        table,
        changedSince: next.changedSince,
        pageToken: next.pageToken,
        addedRows: records.length,
        completedAt: next.completed ? at : null,
        at,
      });
      logPage(records.length, durationMs, at);
    },
  );
  const logCentralPage = db.transaction(logPage);
  const storePage = async (records: ErpTablePage['records'], next: NextCursor, durationMs: number) => {
    const at = core.now().toISOString();
    if (opts.central) {
      await opts.central.storePage({ table, records, next, at });
      // Floor mode: this seat's cache follows the central rows like every other seat's (its ERP
      // follower), so the page is applied here once, not twice; the run keeps its request log.
      logCentralPage(records.length, durationMs, at);
      return;
    }
    const head = records.length - lastBatchSize(records.length);
    // IMMEDIATE: the main thread writes the same tables (an agent's edit of a client); taking
    // the write lock first (waiting out its short commits) keeps a read of the guard from being
    // invalidated by its commit (SQLITE_BUSY) halfway through a page.
    for (let i = 0; i < head; i += WRITE_BATCH_ROWS) {
      writeRows.immediate(records.slice(i, i + WRITE_BATCH_ROWS), at);
      // Run inline, the thread answers waiting calls between commits.
      await new Promise((resolve) => setImmediate(resolve));
    }
    finishPage.immediate(records, next, durationMs, at);
  };
  if (opts.signal?.aborted) throw cancelled();
  const local = getSyncCursor(db, table);
  const cursor = opts.central
    ? await opts.central.cursor(table)
    : local && { changedSince: local.changed_since, pageToken: local.page_token };
  const changedSince = cursor?.changedSince ?? null;
  const read = (pageToken: string | null) =>
    fetchPage(gateway, table, { changedSince, pageToken, pageSize: opts.pageSize });
  // The next page is requested while this one is written, so the ERP and SQLite work in parallel.
  // Only stored pages move the cursor: a prefetched page lost in a crash is simply read again.
  let pending = read(cursor?.pageToken ?? null);
  for (;;) {
    const fetched = await pending;
    if (!fetched.ok) {
      logFailedRequest(core, opts.runId, table, fetched);
      throw fetched.error;
    }
    const { page } = fetched;
    const completed = page.nextPageToken === null;
    if (!completed) {
      if (opts.signal?.aborted) throw cancelled();
      pending = read(page.nextPageToken);
      // The HTTP client puts the request on the wire a few microtasks later; let it go before the write blocks.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const next = completed
      ? { changedSince: page.cursor, pageToken: null, completed }
      : { changedSince, pageToken: page.nextPageToken, completed };
    await storePage(page.records, next, fetched.durationMs);
    stats.rows += page.records.length;
    stats.pages += 1;
    opts.onStored?.({ ...stats });
    if (completed) return stats;
  }
}

/** The rows of the page's last commit (with the cursor): 1..WRITE_BATCH_ROWS, 0 for an empty page. */
const lastBatchSize = (n: number): number => (n === 0 ? 0 : ((n - 1) % WRITE_BATCH_ROWS) + 1);

/**
 * The clients whose ERP values this run changed travel back in the summary: announcing them is
 * the main thread's job (`announceClientChanges`), after the run, since this loop may be on a worker.
 */
export async function runErpSync(
  core: SyncContext,
  gateway: ErpGateway,
  opts: SyncOptions,
): Promise<SyncSummary> {
  const guard = createClientSyncGuard(core.db);
  const writerFor = createWriters(core.db, guard);
  const summary: SyncSummary = { tables: [], rows: 0, changedClientIds: [] };
  for (const table of opts.tables ?? SYNC_ORDER) {
    const stats = await syncTable(core, gateway, table, writerFor(table), opts);
    summary.tables.push(stats);
    summary.rows += stats.rows;
    summary.changedClientIds = guard.changedClientIds();
  }
  return summary;
}

/** Tells open client screens which clients changed (a sync or a write-back outcome). */
export function announceClientChanges(core: Core, clientIds: number[]): void {
  if (clientIds.length > 0) core.events.emit('clients.erpChanged', { clientIds });
}
