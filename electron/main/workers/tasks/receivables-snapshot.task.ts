/** Worker side of the receivables snapshot: the full load or daily delta, on the worker's connection. */
import type { ReceivablesExportRecord } from '../../db/repos/receivables-outbox.repo';
import {
  takeDailySnapshot,
  takeFullSnapshot,
  type SnapshotInput,
} from '../../services/receivables/receivables-snapshot';
import { openWorkerDb } from '../worker-db';

export interface ReceivablesSnapshotTaskInput {
  databasePath: string;
  kind: 'full' | 'daily';
  snapshot: SnapshotInput;
}

export async function receivablesSnapshotTask(
  input: ReceivablesSnapshotTaskInput,
): Promise<ReceivablesExportRecord | null> {
  const db = openWorkerDb(input.databasePath);
  try {
    // One transaction with its high-water mark, as inline: a killed worker leaves no export at all.
    return input.kind === 'full'
      ? takeFullSnapshot(db, input.snapshot)
      : takeDailySnapshot(db, input.snapshot);
  } finally {
    db.close();
  }
}
