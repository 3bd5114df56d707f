import type { Core } from '../../core-types';
import type { SyncSummary } from '../erp/erp-sync.service';

/** Queue, badge, order detail and Pedidos tab refetch (null: a sync touched many orders). */
export function emitOrdersChanged(
  core: Pick<Core, 'events'>,
  orderIds: number[] | null,
  clientIds: number[] | null,
): void {
  core.events.emit('creditRelease.changed', { orderIds, clientIds });
}

/** After a sync run: orders or items arrived, so the queue and the badge may have changed. */
export function announceOrderChanges(core: Pick<Core, 'events'>, summary: Pick<SyncSummary, 'tables'>): void {
  if (summary.tables.some((t) => (t.table === 'pedido' || t.table === 'itens-pedido') && t.rows > 0))
    emitOrdersChanged(core, null, null);
}
