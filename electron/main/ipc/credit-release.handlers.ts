import type { Core } from '../core-types';
import { floorWrite } from '../floor/replication/floor-write';
import { flushToErp } from '../services/credit/erp-sync';
import { rejectOrder, releaseClientOrders, releaseOrder } from '../services/credit-release/decisions.service';
import { clientReleasePreview, orderDetail } from '../services/credit-release/order-detail.service';
import {
  clientOrders,
  creditQueue,
  creditSellers,
  creditWaitingCount,
} from '../services/credit-release/queue.service';
import { defineHandlers, requireUser } from './registry';

/**
 * Floor mode: the decision (the ERP outbox row), Histórico and audit go to the central database
 * first, where one open decision per order is allowed on the whole floor; the losing seat catches
 * up and its service tells who decided. Then the outbox is flushed (under the floor's lease).
 */
async function decide<T>(core: Core, write: () => T): Promise<T> {
  const r = await floorWrite(core, write);
  void flushToErp(core);
  return r;
}

export const creditReleaseHandlers = defineHandlers({
  'creditRelease.queue': ({ core }, input) => creditQueue(core, input),
  'creditRelease.waitingCount': ({ core }) => creditWaitingCount(core),
  'creditRelease.sellers': ({ core }) => creditSellers(core),
  'creditRelease.order': (ctx, { orderId }) => orderDetail(ctx.core, requireUser(ctx).user.id, orderId),
  'creditRelease.release': (ctx, input) =>
    decide(ctx.core, () => releaseOrder(ctx.core, requireUser(ctx).user, input)),
  'creditRelease.reject': (ctx, input) =>
    decide(ctx.core, () => rejectOrder(ctx.core, requireUser(ctx).user, input)),
  'creditRelease.clientPreview': (ctx, { clientId }) =>
    clientReleasePreview(ctx.core, requireUser(ctx).user.id, clientId),
  'creditRelease.releaseClient': (ctx, input) =>
    decide(ctx.core, () => releaseClientOrders(ctx.core, requireUser(ctx).user, input)),
  'creditRelease.clientOrders': ({ core }, input) => clientOrders(core, input),
});
