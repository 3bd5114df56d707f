/** Worker side of the ERP sync: pull, parse, validate and write on the worker's own connection. */
import { createErpGateway, type ErpClientConfig } from '../../gateways/erp/erp-client';
import type { ErpTable } from '../../gateways/erp/erp-gateway';
import { createUndiciHttpPort } from '../../gateways/http/undici-port';
import { runErpSync, type SyncSummary } from '../../services/erp/erp-sync.service';
import { openWorkerDb } from '../worker-db';
import { relayedBreaker, relayedHttpPort, type WorkerHttp } from '../worker-http';
import type { TaskContext } from '../worker-runtime';
import { relayedCentralErp } from '../../floor/erp/central-erp';

export interface ErpSyncTaskInput {
  databasePath: string;
  baseUrl: string;
  token: string;
  client: Pick<ErpClientConfig, 'timeoutMs' | 'longTimeoutMs' | 'retry'>;
  /** Its own requests with the main port's proxy and trust, or relayed through the main thread. */
  http: WorkerHttp;
  runId: number | null;
  tables?: ErpTable[];
  pageSize?: number;
  /** Floor mode, the lease holder: cursors and pages go through the main thread to the central database. */
  central?: boolean;
  /** core.now() − Date.now() when the run started: the worker's timestamps follow the core's clock. */
  clockOffsetMs: number;
}

export interface ErpSyncProgress {
  table: ErpTable;
  rows: number;
  pages: number;
}

export async function erpSyncTask(input: ErpSyncTaskInput, ctx: TaskContext): Promise<SyncSummary> {
  const db = openWorkerDb(input.databasePath);
  try {
    const gateway = createErpGateway({
      ...input.client,
      baseUrl: input.baseUrl,
      token: input.token,
      // Every exchange passes the core's one breaker, on the main thread: the relay runs it
      // there; with its own HTTP the worker asks it for a ticket and reports the outcome.
      ...(input.http.mode === 'own'
        ? { http: createUndiciHttpPort(input.http.port), breaker: relayedBreaker(ctx) }
        : { http: relayedHttpPort(ctx, input.http.kind) }),
    });
    return await runErpSync({ db, now: () => new Date(Date.now() + input.clockOffsetMs) }, gateway, {
      runId: input.runId,
      tables: input.tables,
      pageSize: input.pageSize,
      central: input.central ? relayedCentralErp(ctx) : undefined,
      signal: ctx.signal,
      onStored: (p: ErpSyncProgress) => ctx.progress(p),
    });
  } finally {
    db.close();
  }
}
