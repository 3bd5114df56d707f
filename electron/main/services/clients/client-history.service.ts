import type { ClientHistoryPage } from '../../../../shared/ipc/dto/client-history';
import type { Core } from '../../core-types';
import { countClientHistory, listClientHistory } from '../../db/repos/client-history.repo';
import { assertClientExists } from './client-audit';

export function clientHistory(
  core: Core,
  q: { clientId: number; before?: number; limit: number },
): ClientHistoryPage {
  if (q.before === undefined) assertClientExists(core.db, q.clientId);
  const rows = listClientHistory(core.db, q.clientId, q.before ?? Number.MAX_SAFE_INTEGER, q.limit + 1);
  const hasMore = rows.length > q.limit;
  const page = hasMore ? rows.slice(0, q.limit) : rows;
  return {
    rows: page,
    next: hasMore ? (page[page.length - 1]?.id ?? null) : null,
    total: q.before === undefined ? countClientHistory(core.db, q.clientId) : null,
  };
}
