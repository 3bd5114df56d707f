/**
 * One run of the receivables export: finish what an earlier run left unsent, then snapshot
 * what is due (the full load once, afterwards the daily delta) and send it batch by batch.
 * Every acknowledged batch is a checkpoint: killing the app at any moment and running again
 * resends at most the one batch that was in flight, with the same loteId and keys.
 *
 * The run (snapshot, batch reads, acknowledgements and the bureau-state mirror, one transaction
 * per batch) happens on a job worker with its own connection; only each batch's POST comes back
 * to the main thread, through the core's bureau client (its network port, trust and session).
 * Inline for an in-memory core, and for a run with little to do (see workAhead).
 */
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import type { Db } from '../../db/connection';
import { getBureauConfig } from '../../db/repos/bureau-settings.repo';
import {
  batchRows,
  completeExport,
  exportProgress,
  fullExport,
  getExport,
  insertBatchAck,
  markRowRejected,
  rejectedCents,
  sendingExports,
  type ReceivablesExportRecord,
} from '../../db/repos/receivables-outbox.repo';
import { installIdentity } from '../../db/repos/sync-host.repo';
import type { BureauClient } from '../../gateways/bureau/bureau-client';
import type { RetryPolicy } from '../../gateways/resilience';
import { createBatchSender, type BatchSender } from './receivables-batch-sender';
import { receivablesUploadState } from './receivables-flag';
import { outboxRow } from './receivables-payload';
import { cancelled } from './receivables-retry';
import type { SnapshotInput } from './receivables-snapshot';
import {
  movementsSinceLastSnapshot,
  SNAPSHOT_WORKER_MIN_MOVEMENTS,
  takeSnapshot,
} from '../../workers/receivables-snapshot-worker';
import { canRunInWorker, runInWorker } from '../../workers/worker-host';
import { exportSummary, type ExportSummary } from './receivables-summary';
import type { JobLease } from '../../floor/jobs/job-leases';
import { sendFloorReceivables } from './floor-receivables-export';

export const RECEIVABLES_SEND_LABEL = 'Envio das contas a receber';

export interface ExportRunInput {
  runId: number;
  /** The run's São Paulo business date: the daily delta takes movements dated before it. */
  businessDate: string;
  signal?: AbortSignal;
  /** After every acknowledged batch. */
  onProgress?: () => void;
}

export interface ExportRunResult {
  exports: ExportSummary[];
}

const batchCount = (e: ReceivablesExportRecord): number =>
  e.rows === 0 ? 0 : Math.ceil((e.last_row - e.first_row + 1) / e.batch_size);

/** Batch ids are unique per installation, so two desktops that held the role never collide. */
const loteIdOf = (installId: string, exportId: number, batchNo: number): string =>
  `cr-${installId.slice(0, 8)}-${exportId}-${batchNo}`;

/** What a run works on: the main connection inline, the worker's own connection on a job worker. */
export interface ExportContext {
  db: Db;
  now: () => Date;
  batchSize: number;
  retry: RetryPolicy;
  /** Copies what is due into the outbox (one transaction with its high-water mark). */
  snapshot: (kind: 'full' | 'daily', input: SnapshotInput) => Promise<ReceivablesExportRecord | null>;
}

/** Only the bureau's POST: the one call of the run that leaves the worker. */
export type BatchPoster = Pick<BureauClient, 'postReceivables'>;

async function sendExport(
  core: ExportContext,
  sender: BatchSender,
  e: ReceivablesExportRecord,
  input: ExportRunInput,
  installId: string,
): Promise<void> {
  const { retry } = core;
  for (let n = exportProgress(core.db, e.id).batches; n < batchCount(e); n += 1) {
    if (input.signal?.aborted) throw cancelled();
    const from = e.first_row + n * e.batch_size;
    const records = batchRows(core.db, e.id, from, Math.min(e.last_row, from + e.batch_size - 1));
    const ids = records.map((r) => r.id);
    const loteId = loteIdOf(installId, e.id, n);
    await sender.send(loteId, records.map(outboxRow), {
      runId: input.runId,
      retry,
      signal: input.signal,
      onRejected: (rejections) => {
        for (const r of rejections) markRowRejected(core.db, ids[r.index] as number, r.reason);
      },
      onConfirmed: (c) =>
        insertBatchAck(core.db, {
          exportId: e.id,
          batchNo: n,
          loteId,
          runId: input.runId,
          requestId: c.requestId,
          rows: c.rows.length,
          amountCents: c.rows.reduce((s, r) => s + r.valorCentavos, 0),
          keysHash: c.ack.hashChaves,
          rejectedRows: c.rejected,
          ack: c.ack,
          ackedAt: c.at,
        }),
    });
    input.onProgress?.();
  }
  closeExport(core, e);
}

/** The export's control totals against the sum of the bureau's acknowledgements. */
function closeExport(core: ExportContext, e: ReceivablesExportRecord): void {
  const p = exportProgress(core.db, e.id);
  const refusedCents = rejectedCents(core.db, e.id);
  const ok =
    p.sentRows + p.rejectedRows === e.rows &&
    p.sentCents + refusedCents === e.amount_cents &&
    p.confirmedRows === p.sentRows &&
    p.confirmedCents === p.sentCents;
  if (!ok) {
    throw new AppFailure('receivables.exportTotalsMismatch', {
      exportId: e.id,
      rows: e.rows,
      amountCents: e.amount_cents,
      confirmedRows: p.confirmedRows,
      confirmedCents: p.confirmedCents,
      rejectedRows: p.rejectedRows,
    });
  }
  core.db.transaction(() => completeExport(core.db, e.id, core.now().toISOString()))();
}

/** The run itself, on whichever connection it is given (see ExportContext). */
export async function sendReceivablesExports(
  core: ExportContext,
  client: BatchPoster,
  input: ExportRunInput & { installId: string },
): Promise<ExportRunResult> {
  const sender = createBatchSender({ db: core.db, client, now: core.now });
  const touched: number[] = [];
  for (const pending of sendingExports(core.db)) {
    touched.push(pending.id);
    await sendExport(core, sender, pending, input, input.installId);
  }
  if (input.signal?.aborted) throw cancelled();
  const snapshot = {
    businessDate: input.businessDate,
    runId: input.runId,
    at: core.now().toISOString(),
    batchSize: core.batchSize,
  };
  const fresh = await core.snapshot(fullExport(core.db) ? 'daily' : 'full', snapshot);
  if (fresh) {
    touched.push(fresh.id);
    await sendExport(core, sender, fresh, input, input.installId);
  }
  return {
    exports: touched.map((id) => exportSummary(core.db, getExport(core.db, id) as ReceivablesExportRecord)),
  };
}

/** One batch's POST asked by the send worker. */
export interface BureauPost {
  kind: 'bureau-post';
  batch: unknown;
}

/**
 * Rows this run may handle at most: what earlier exports left unsent plus what a new snapshot
 * could copy. Below SNAPSHOT_WORKER_MIN_MOVEMENTS the whole run takes a few milliseconds a
 * batch, less than starting a thread: it runs inline.
 */
const workAhead = (core: Core): number =>
  sendingExports(core.db).reduce((n, e) => n + e.rows, 0) + movementsSinceLastSnapshot(core);

/** `lease`: the job's lease in floor mode, where the checkpoints are central (floor-receivables-export). */
export async function runReceivablesExport(
  core: Core,
  input: ExportRunInput,
  lease?: JobLease,
): Promise<ExportRunResult> {
  const upload = receivablesUploadState(getBureauConfig(core.db));
  if (upload.key) throw new AppFailure(upload.key);
  const { installId } = installIdentity(core.db);
  const { batchSize, retry } = core.tuning.receivables;
  const client = await core.bureauClient(core);
  try {
    if (lease?.mode === 'floor') return await sendFloorReceivables(core, lease, client, input);
    if (!canRunInWorker(core) || workAhead(core) < SNAPSHOT_WORKER_MIN_MOVEMENTS)
      return await sendReceivablesExports(
        {
          db: core.db,
          now: () => core.now(),
          batchSize,
          retry,
          snapshot: (kind, snapshot) => takeSnapshot(core, kind, snapshot),
        },
        client,
        { ...input, installId },
      );
    return await runInWorker(
      core,
      'receivables-send',
      {
        databasePath: core.databasePath,
        runId: input.runId,
        businessDate: input.businessDate,
        installId,
        batchSize,
        retry,
        clockOffsetMs: core.now().getTime() - Date.now(),
      },
      {
        label: RECEIVABLES_SEND_LABEL,
        // Every acknowledged batch is committed with its checkpoint: the next run resumes there.
        diedHint: 'resumable',
        runId: input.runId,
        signal: input.signal,
        onProgress: () => input.onProgress?.(),
        serve: (payload) => client.postReceivables((payload as BureauPost).batch),
      },
    );
  } finally {
    client.close();
  }
}
