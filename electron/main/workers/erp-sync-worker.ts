/**
 * Main side of the ERP sync: on a worker thread when the core's database is a file and its ERP
 * is the one of the saved settings; inline otherwise (an in-memory database cannot be shared,
 * and a provider passed through createCore's options is a function no thread can receive).
 */
import type { Core } from '../core-types';
import type { ErpTable } from '../gateways/erp/erp-gateway';
import { erpGatewayFromSettings, readErpConfig, requireErpGateway } from '../services/erp/erp-config';
import { runErpSync, type SyncSummary } from '../services/erp/erp-sync.service';
import { sharedSecrets } from '../floor/secrets/shared-secrets';
import type { ErpSyncProgress } from './tasks/erp-sync.task';
import { canRunInWorker, runInWorker } from './worker-host';
import { isCentralErpCall, serveCentralErp, type CentralErpSink } from '../floor/erp/central-erp';
import { erpHttpServer, workerHttpFor } from './worker-http';

export const ERP_SYNC_LABEL = 'Sincronização com o ERP';

export interface ErpSyncJobOptions {
  runId: number | null;
  signal?: AbortSignal;
  tables?: ErpTable[];
  pageSize?: number;
  onProgress?: (p: ErpSyncProgress) => void;
  /** Floor mode, the lease holder: the central cursors and pages (relayed from the worker). */
  central?: CentralErpSink;
}

export const erpSyncRunsInWorker = (core: Core): boolean =>
  canRunInWorker(core) && core.erpGateway === erpGatewayFromSettings;

export async function runErpSyncJob(core: Core, opts: ErpSyncJobOptions): Promise<SyncSummary> {
  // The same "not configured" failure either way, before a thread is started.
  const gateway = await requireErpGateway(core);
  if (!erpSyncRunsInWorker(core)) return runErpSync(core, gateway, { ...opts, onStored: opts.onProgress });
  const central = opts.central;
  const config = readErpConfig(core);
  const baseUrl = config.baseUrl as string;
  const token = await sharedSecrets(core).decrypt(config.tokenCipher as string);
  const { timeoutMs, longTimeoutMs, retry } = core.tuning.erpClient;
  const server = erpHttpServer(core, baseUrl);
  try {
    return await runInWorker(
      core,
      'erp-sync',
      {
        databasePath: core.databasePath,
        baseUrl,
        token,
        client: { timeoutMs, longTimeoutMs, retry },
        http: workerHttpFor(core.http),
        runId: opts.runId,
        tables: opts.tables,
        pageSize: opts.pageSize,
        central: central !== undefined,
        clockOffsetMs: core.now().getTime() - Date.now(),
      },
      {
        label: ERP_SYNC_LABEL,
        diedHint: 'resumable',
        runId: opts.runId,
        signal: opts.signal,
        // The worker's central calls are answered here, on the pool and lease of this thread.
        serve: (p) => (central && isCentralErpCall(p) ? serveCentralErp(central, p) : server.serve(p)),
        onProgress: (p) => opts.onProgress?.(p as ErpSyncProgress),
      },
    );
  } finally {
    server.close();
  }
}
