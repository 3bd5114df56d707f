import type { SetupState } from '../../../../shared/ipc/dto/auth';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { getSetting } from '../../db/repos/settings.repo';
import { isErpConfigured } from './erp-config';
import { SYNC_ORDER } from './erp-sync.service';

/**
 * An installed console is empty until its first ERP sync has read every table once; until then
 * "no client found" or "nothing to send" would be a false answer. A demo database is born full.
 */
export function isFirstSyncDone(core: Core): boolean {
  if (getSetting(core.db, 'is_demo') === '1') return true;
  const placeholders = SYNC_ORDER.map(() => '?').join(', ');
  const completed = core.db
    .prepare(
      `SELECT count(*) FROM erp_sync_cursors
       WHERE last_completed_at IS NOT NULL AND table_name IN (${placeholders})`,
    )
    .pluck()
    .get(...SYNC_ORDER) as number;
  return completed === SYNC_ORDER.length;
}

export function setupState(core: Core): SetupState {
  return { erpConfigured: isErpConfigured(core), firstSyncDone: isFirstSyncDone(core) };
}

/** For actions whose answer would be wrong on a half-filled cache (e.g. receivables "Enviar agora"). */
export function requireFirstSync(core: Core): void {
  if (!isFirstSyncDone(core)) throw new AppFailure('erp.firstSyncPending');
}
