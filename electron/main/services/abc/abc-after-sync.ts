/**
 * The ABC curve follows each ERP sync run (issue 20): a run that brought invoices or clients
 * recomputes it, and open client screens refetch their header. A failure of the curve does not
 * fail the sync (its rows are stored): it is logged and the previous classes stay.
 */
import type { Core } from '../../core-types';
import { log } from '../../log';
import { runAbcCurve } from '../../workers/abc-curve-worker';
import { emitClientChanged } from '../clients/client-events';
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
    const result = await runAbcCurve(core, runId);
    emitClientChanged(core, null, ['register']);
    return result;
  } catch (e) {
    log.warn('abc curve failed after the ERP sync', { error: e instanceof Error ? e.message : String(e) });
    return null;
  }
}
