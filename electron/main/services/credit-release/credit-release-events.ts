import type { Core } from '../../core-types';

/** Queue, badge, order detail and Pedidos tab refetch (null: a sync touched many orders). */
export function emitOrdersChanged(
  core: Pick<Core, 'events'>,
  orderIds: number[] | null,
  clientIds: number[] | null,
): void {
  core.events.emit('creditRelease.changed', { orderIds, clientIds });
}
