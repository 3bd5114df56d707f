/**
 * Main side of the ABC curve, run after each ERP sync: on a job worker when the database is a
 * file with many clients (the ranking reads every client's 24 months of revenue), inline otherwise.
 */
import type { Core } from '../core-types';
import { computeAbcCurve, type AbcRunSummary } from '../services/abc/abc-curve';
import { canRunInWorker, runInWorker } from './worker-host';

export const ABC_CURVE_LABEL = 'Curva ABC';
/** Below this many clients the ranking takes milliseconds, less than starting a thread. */
export const ABC_WORKER_MIN_CLIENTS = 20_000;

export function runAbcCurve(core: Core, runId: number | null): Promise<AbcRunSummary> {
  const clients = core.db.prepare('SELECT coalesce(max(id), 0) FROM clients').pluck().get() as number;
  if (!canRunInWorker(core) || clients < ABC_WORKER_MIN_CLIENTS)
    return Promise.resolve(computeAbcCurve(core.db, core.now()));
  return runInWorker(
    core,
    'abc-curve',
    { databasePath: core.databasePath, nowIso: core.now().toISOString() },
    { label: ABC_CURVE_LABEL, diedHint: 'resumable', runId },
  );
}
