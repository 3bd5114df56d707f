import { addDays } from '../../../../shared/domain/dates';
import type { Db } from '../../db/connection';
import {
  claimPendingMovements,
  ledgerHighWater,
  outboxExtent,
  outboxKeysInOrder,
  snapshotClaimed,
  snapshotFull,
} from '../../db/repos/receivables-outbox-snapshot.repo';
import {
  completeExport,
  deleteExport,
  fullExport,
  getExport,
  insertExport,
  setExportTotals,
  type ReceivablesExportRecord,
} from '../../db/repos/receivables-outbox.repo';
import { hashSortedKeys } from './receivables-payload';

/** "Tudo que foi recebido nos últimos 365 dias + tudo que está em aberto" (seed 002). */
export const FULL_LOAD_DAYS = 365;

export interface SnapshotInput {
  businessDate: string;
  runId: number | null;
  at: string;
  batchSize: number;
}

/** Records the control totals of what was just copied; an empty export is closed at once. */
function seal(db: Db, exportId: number, at: string): ReceivablesExportRecord | null {
  const extent = outboxExtent(db, exportId);
  if (extent.rows === 0) {
    completeExport(db, exportId, at);
    return null;
  }
  setExportTotals(db, exportId, { ...extent, keysHash: hashSortedKeys(outboxKeysInOrder(db, exportId)) });
  return getExport(db, exportId) as ReceivablesExportRecord;
}

/**
 * The first run: the full load, in one transaction with its high-water mark, so the first
 * daily delta starts exactly after the last movement the full load saw.
 */
export function takeFullSnapshot(db: Db, input: SnapshotInput): ReceivablesExportRecord | null {
  return db.transaction(() => {
    const highWaterSeq = ledgerHighWater(db);
    const exportId = insertExport(db, {
      kind: 'full',
      businessDate: input.businessDate,
      runId: input.runId,
      createdAt: input.at,
      highWaterSeq,
      batchSize: input.batchSize,
    });
    snapshotFull(db, exportId, addDays(input.businessDate, -FULL_LOAD_DAYS));
    // Even an empty first load keeps its mark: what arrives later goes in the daily deltas.
    return seal(db, exportId, input.at);
  })();
}

/**
 * A daily delta: every movement learned after the full load and dated before the business
 * date that no export has taken yet (lançamento, cobrança, estorno de cobrança), with the
 * current entry of each title it touches.
 */
export function takeDailySnapshot(db: Db, input: SnapshotInput): ReceivablesExportRecord | null {
  return db.transaction(() => {
    const full = fullExport(db);
    if (!full) throw new Error('daily snapshot before the full load');
    const exportId = insertExport(db, {
      kind: 'daily',
      businessDate: input.businessDate,
      runId: input.runId,
      createdAt: input.at,
      highWaterSeq: ledgerHighWater(db),
      batchSize: input.batchSize,
    });
    if (claimPendingMovements(db, exportId, full.high_water_seq, input.businessDate) === 0) {
      deleteExport(db, exportId);
      return null;
    }
    snapshotClaimed(db, exportId);
    return seal(db, exportId, input.at);
  })();
}
