/**
 * Worker side of the receivables send: the snapshot, every batch's read, and the transaction
 * that stores each acknowledgement with its checkpoint, on the worker's own connection. Only
 * the POST of each batch goes to the main thread, whose bureau client holds the network port,
 * the trust and the session.
 */
import type { RetryPolicy } from '../../gateways/resilience';
import {
  sendReceivablesExports,
  type BatchPoster,
  type BureauPost,
  type ExportRunResult,
} from '../../services/receivables/receivables-export.service';
import { takeDailySnapshot, takeFullSnapshot } from '../../services/receivables/receivables-snapshot';
import { openWorkerDb } from '../worker-db';
import type { TaskContext } from '../worker-runtime';

export interface ReceivablesSendTaskInput {
  databasePath: string;
  runId: number;
  businessDate: string;
  installId: string;
  batchSize: number;
  retry: RetryPolicy;
  /** core.now() − Date.now() when the run started: the worker's timestamps follow the core's clock. */
  clockOffsetMs: number;
}

const relayedPoster = (ctx: TaskContext): BatchPoster => ({
  postReceivables: (batch) => ctx.call({ kind: 'bureau-post', batch } satisfies BureauPost),
});

export async function receivablesSendTask(
  input: ReceivablesSendTaskInput,
  ctx: TaskContext,
): Promise<ExportRunResult> {
  const db = openWorkerDb(input.databasePath);
  try {
    return await sendReceivablesExports(
      {
        db,
        now: () => new Date(Date.now() + input.clockOffsetMs),
        batchSize: input.batchSize,
        retry: input.retry,
        // Already off the main thread: the copy runs here, on this connection.
        snapshot: async (kind, snapshot) =>
          kind === 'full' ? takeFullSnapshot(db, snapshot) : takeDailySnapshot(db, snapshot),
      },
      relayedPoster(ctx),
      {
        runId: input.runId,
        businessDate: input.businessDate,
        installId: input.installId,
        signal: ctx.signal,
        onProgress: () => ctx.progress(null),
      },
    );
  } finally {
    db.close();
  }
}
