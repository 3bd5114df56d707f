/**
 * One run of the receivables export: finish what an earlier run left unsent, then snapshot
 * what is due (the full load once, afterwards the daily delta) and send it batch by batch.
 * Every acknowledged batch is a checkpoint: killing the app at any moment and running again
 * resends at most the one batch that was in flight, with the same loteId and keys.
 */
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
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
import { createBatchSender, type BatchSender } from './receivables-batch-sender';
import { receivablesUploadState } from './receivables-flag';
import { outboxRow } from './receivables-payload';
import { cancelled } from './receivables-retry';
import { takeSnapshot } from '../../workers/receivables-snapshot-worker';
import { exportSummary, type ExportSummary } from './receivables-summary';

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

async function sendExport(
  core: Core,
  sender: BatchSender,
  e: ReceivablesExportRecord,
  input: ExportRunInput,
  installId: string,
): Promise<void> {
  const { retry } = core.tuning.receivables;
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
function closeExport(core: Core, e: ReceivablesExportRecord): void {
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

export async function runReceivablesExport(core: Core, input: ExportRunInput): Promise<ExportRunResult> {
  const upload = receivablesUploadState(getBureauConfig(core.db));
  if (upload.key) throw new AppFailure(upload.key);
  const { installId } = installIdentity(core.db);
  const { batchSize } = core.tuning.receivables;
  const client = await core.bureauClient(core);
  const sender = createBatchSender({ db: core.db, client, now: () => core.now() });
  const touched: number[] = [];
  try {
    for (const pending of sendingExports(core.db)) {
      touched.push(pending.id);
      await sendExport(core, sender, pending, input, installId);
    }
    if (input.signal?.aborted) throw cancelled();
    const snapshot = {
      businessDate: input.businessDate,
      runId: input.runId,
      at: core.now().toISOString(),
      batchSize,
    };
    const fresh = await takeSnapshot(core, fullExport(core.db) ? 'daily' : 'full', snapshot);
    if (fresh) {
      touched.push(fresh.id);
      await sendExport(core, sender, fresh, input, installId);
    }
  } finally {
    client.close();
  }
  return {
    exports: touched.map((id) => exportSummary(core.db, getExport(core.db, id) as ReceivablesExportRecord)),
  };
}
