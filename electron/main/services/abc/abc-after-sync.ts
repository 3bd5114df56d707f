/**
 * The ABC curve follows each ERP sync run (issue 20): a run that brought invoices or clients
 * recomputes it; the sync job folds 'register' into its one client.changed so open client screens
 * refetch their header once. A failure of the curve does not
 * fail the sync (its rows are stored): it is logged and the previous classes stay.
 */
import type { Core } from '../../core-types';
import { log } from '../../log';
import { runAbcCurve } from '../../workers/abc-curve-worker';
import type { SyncSummary } from '../erp/erp-sync.service';
import type { AbcRunSummary } from './abc-curve';

const FEEDS_ABC = new Set(['empresa', 'contato', 'nota']);

export async function recomputeAbcAfterSync(
  core: Core,
  runId: number | null,
  summary: SyncSummary,
): Promise<AbcRunSummary | null> {
  if (!summary.tables.some((t) => FEEDS_ABC.has(t.table) && t.rows > 0)) return null;
  try {
    return await runAbcCurve(core, runId);
  } catch (e) {
    log.warn('abc curve failed after the ERP sync', { error: e instanceof Error ? e.message : String(e) });
    return null;
  }
}
