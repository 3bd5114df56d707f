/** Worker side of the ABC curve: the ranking and its writes on the worker's own connection. */
import { computeAbcCurve, type AbcRunSummary } from '../../services/abc/abc-curve';
import { openWorkerDb } from '../worker-db';

export interface AbcCurveTaskInput {
  databasePath: string;
  /** The core's clock, so the 12-month window is the one the console shows. */
  nowIso: string;
}

export async function abcCurveTask(input: AbcCurveTaskInput): Promise<AbcRunSummary> {
  const db = openWorkerDb(input.databasePath);
  try {
    return computeAbcCurve(db, new Date(input.nowIso));
  } finally {
    db.close();
  }
}
