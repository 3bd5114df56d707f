/**
 * The receivables send in floor mode, run by the seat holding the job's lease. The checkpoints
 * are central, so a seat taking over resumes exactly where the last holder stopped:
 *  1. finish the central exports still sending (the batches a dead holder left);
 *  2. take this seat's snapshot as in embedded mode and copy it to the central database,
 *     leaving out what the bureau already holds with the same content (the floor's mirror) —
 *     a second seat's first full load after a takeover sends nothing twice;
 *  3. send it batch by batch. A batch's acknowledgement, the mirror and the lease check commit
 *     in one central transaction: a stale holder's late write is refused, and the new holder
 *     resends at most the one batch that was in flight, with the same loteId (the bureau is
 *     idempotent by it).
 * Runs inline (the worker path is the embedded one): the rows go through the central database.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import {
  batchRows,
  completeExport,
  fullExport,
  sendingExports,
  type ReceivablesExportRecord,
} from '../../db/repos/receivables-outbox.repo';
import { floorKysely } from '../../floor/floor-db';
import type { JobLease } from '../../floor/jobs/job-leases';
import {
  batchesSentByOthers,
  centralBatchRows,
  centralProgress,
  completeCentralExport,
  exportBySource,
  getCentralExport,
  heldContent,
  insertCentralBatch,
  insertCentralExport,
  insertCentralRows,
  markCentralRowsRejected,
  sendingCentralExports,
  setCentralExportTotals,
  upsertCentralState,
  type CentralExport,
  type CentralRow,
} from '../../floor/repos/floor-receivables.repo';
import type { SharedSchema } from '../../floor/shared-schema';
import { takeSnapshot } from '../../workers/receivables-snapshot-worker';
import { createBatchSender, type BatchSender } from './receivables-batch-sender';
import { hashKeys, outboxRow, type ReceivableRowPayload } from './receivables-payload';
import { cancelled } from './receivables-retry';
import type { BatchPoster, ExportRunInput } from './receivables-export.service';
import type { ExportSummary } from './receivables-summary';

const PROMOTE_CHUNK = 1000;

const contentHash = (p: ReceivableRowPayload): string =>
  createHash('sha256').update(JSON.stringify(p)).digest('hex');

/** The loteId the snapshotting seat would have used alone, so ids stay unique per installation. */
const loteIdOf = (source: string, batchNo: number): string => {
  const [installId, localId] = source.split(':') as [string, string];
  return `cr-${installId.slice(0, 8)}-${localId}-${batchNo}`;
};

const batchCount = (e: CentralExport): number => Math.ceil(e.rows / e.batch_size);

interface FloorRun {
  core: Core;
  central: Kysely<SharedSchema>;
  lease: JobLease;
  input: ExportRunInput;
  sender: BatchSender;
}

const stopIfLost = (lease: JobLease): void => {
  if (!lease.signal.aborted) return;
  const reason: unknown = lease.signal.reason;
  throw reason instanceof AppFailure ? reason : cancelled();
};

/** Copies one local snapshot to the central database (once per source), then closes it locally. */
async function promote(run: FloorRun, local: ReceivablesExportRecord): Promise<void> {
  const { core, central, lease } = run;
  const source = `${lease.holder.installId}:${local.id}`;
  await central.transaction().execute(async (trx) => {
    await lease.fence(trx);
    if (await exportBySource(trx, source)) return;
    const exportId = await insertCentralExport(trx, {
      source,
      kind: local.kind,
      business_date: local.business_date,
      rows: 0,
      amount_cents: 0,
      keys_hash: '',
      batch_size: local.batch_size,
      created_at: core.now().toISOString(),
      created_by_name: lease.holder.machineName,
    });
    let next = 0;
    let amountCents = 0;
    const keys: string[] = [];
    for (let from = local.first_row; from <= local.last_row; from += PROMOTE_CHUNK) {
      const chunk = batchRows(
        core.db,
        local.id,
        from,
        Math.min(local.last_row, from + PROMOTE_CHUNK - 1),
      ).map((r): CentralRow => {
        const payload = outboxRow(r);
        return {
          chave: r.chave,
          contentHash: contentHash(payload),
          payload: JSON.stringify(payload),
          amountCents: r.amount_cents,
        };
      });
      const held = await heldContent(
        trx,
        chunk.map((r) => r.chave),
      );
      const due = chunk.filter((r) => held.get(r.chave) !== r.contentHash);
      await insertCentralRows(trx, exportId, next, due);
      next += due.length;
      for (const r of due) {
        amountCents += r.amountCents;
        keys.push(r.chave);
      }
    }
    await setCentralExportTotals(trx, exportId, { rows: next, amountCents, keysHash: hashKeys(keys) });
    if (next === 0) await completeCentralExport(trx, exportId, core.now().toISOString());
  });
  core.db.transaction(() => completeExport(core.db, local.id, core.now().toISOString()))();
}

async function sendCentral(run: FloorRun, e: CentralExport): Promise<void> {
  const { core, central, lease, input } = run;
  for (let n = (await centralProgress(central, e.id)).batches; n < batchCount(e); n += 1) {
    stopIfLost(lease);
    const rows = await centralBatchRows(central, e, n);
    const payloads = rows.map((r) => JSON.parse(r.payload) as ReceivableRowPayload);
    const rejected: { rowNo: number; reason: string }[] = [];
    const loteId = loteIdOf(e.source, n);
    const confirmed = await run.sender.send(loteId, payloads, {
      runId: input.runId,
      retry: core.tuning.receivables.retry,
      signal: lease.signal,
      onRejected: (list) => {
        for (const r of list)
          rejected.push({ rowNo: (rows[r.index] as { row_no: number }).row_no, reason: r.reason });
      },
    });
    const refused = new Set(rejected.map((r) => r.rowNo));
    const kept = rows.filter((r) => !refused.has(r.row_no));
    await central.transaction().execute(async (trx) => {
      await lease.fence(trx);
      await markCentralRowsRejected(trx, e.id, rejected);
      await insertCentralBatch(trx, {
        exportId: e.id,
        batchNo: n,
        loteId,
        rows: kept.length,
        amountCents: kept.reduce((s, r) => s + r.amount_cents, 0),
        keysHash: confirmed.ack.hashChaves,
        rejectedRows: rejected.length,
        sentBy: lease.holder.installId,
        sentByName: lease.holder.machineName,
        fencingToken: lease.token,
        ackedAt: confirmed.at,
      });
      await upsertCentralState(
        trx,
        kept.map((r) => ({ chave: r.chave, contentHash: r.content_hash, amountCents: r.amount_cents })),
        loteId,
        confirmed.at,
      );
    });
    input.onProgress?.();
  }
  await closeCentral(run, e);
}

/** The export's control totals against what the bureau acknowledged, across every holder. */
async function closeCentral(run: FloorRun, e: CentralExport): Promise<void> {
  const p = await centralProgress(run.central, e.id);
  if (p.sentRows + p.rejectedRows !== e.rows || p.sentCents + p.rejectedCents !== e.amount_cents) {
    throw new AppFailure('receivables.exportTotalsMismatch', {
      exportId: e.id,
      rows: e.rows,
      amountCents: e.amount_cents,
      confirmedRows: p.sentRows,
      confirmedCents: p.sentCents,
      rejectedRows: p.rejectedRows,
    });
  }
  await run.central.transaction().execute(async (trx) => {
    await run.lease.fence(trx);
    await completeCentralExport(trx, e.id, run.core.now().toISOString());
  });
}

async function summary(central: Kysely<SharedSchema>, id: number, installId: string): Promise<ExportSummary> {
  const e = (await getCentralExport(central, id)) as CentralExport;
  const p = await centralProgress(central, id);
  const others = await batchesSentByOthers(central, id, installId);
  return {
    ...(others.batches > 0
      ? { resumedFrom: { machineName: others.machineName ?? e.created_by_name, batches: others.batches } }
      : {}),
    id: e.id,
    kind: e.kind,
    businessDate: e.business_date,
    status: e.status,
    rows: e.rows,
    amountCents: e.amount_cents,
    keysHash: e.keys_hash,
    sentRows: p.sentRows,
    confirmedRows: p.sentRows,
    confirmedCents: p.sentCents,
    rejectedRows: p.rejectedRows,
  };
}

export async function sendFloorReceivables(
  core: Core,
  lease: JobLease,
  client: BatchPoster,
  input: ExportRunInput,
): Promise<{ exports: ExportSummary[] }> {
  if (!core.floor.pool) throw new Error('sendFloorReceivables outside floor mode');
  const central = floorKysely<SharedSchema>(core.floor.pool);
  const sender = createBatchSender({ db: core.db, client, now: () => core.now() });
  const run: FloorRun = { core, central, lease, input, sender };
  const touched = new Set<number>();
  const sendAll = async () => {
    for (const e of await sendingCentralExports(central)) {
      touched.add(e.id);
      await sendCentral(run, e);
    }
  };
  // What a dead holder left goes first: a snapshot now would not yet see it in the mirror.
  await sendAll();
  stopIfLost(lease);
  for (const local of sendingExports(core.db)) await promote(run, local);
  const fresh = await takeSnapshot(core, fullExport(core.db) ? 'daily' : 'full', {
    businessDate: input.businessDate,
    runId: input.runId,
    at: core.now().toISOString(),
    batchSize: core.tuning.receivables.batchSize,
  });
  if (fresh) {
    await promote(run, fresh);
    const made = await exportBySource(central, `${lease.holder.installId}:${fresh.id}`);
    if (made && made.rows > 0) touched.add(made.id);
  }
  await sendAll();
  const mine = lease.holder.installId;
  return {
    exports: await Promise.all([...touched].sort((x, y) => x - y).map((id) => summary(central, id, mine))),
  };
}
