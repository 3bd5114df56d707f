import { rejectOrder, releaseClientOrders, releaseOrder } from '../services/credit-release/decisions.service';
import { clientReleasePreview, orderDetail } from '../services/credit-release/order-detail.service';
import {
  clientOrders,
  creditQueue,
  creditSellers,
  creditWaitingCount,
} from '../services/credit-release/queue.service';
import { defineHandlers, requireUser } from './registry';

export const creditReleaseHandlers = defineHandlers({
  'creditRelease.queue': ({ core }, input) => creditQueue(core, input),
  'creditRelease.waitingCount': ({ core }) => creditWaitingCount(core),
  'creditRelease.sellers': ({ core }) => creditSellers(core),
  'creditRelease.order': (ctx, { orderId }) => orderDetail(ctx.core, requireUser(ctx).user.id, orderId),
  'creditRelease.release': (ctx, input) => releaseOrder(ctx.core, requireUser(ctx).user, input),
  'creditRelease.reject': (ctx, input) => rejectOrder(ctx.core, requireUser(ctx).user, input),
  'creditRelease.clientPreview': (ctx, { clientId }) =>
    clientReleasePreview(ctx.core, requireUser(ctx).user.id, clientId),
  'creditRelease.releaseClient': (ctx, input) => releaseClientOrders(ctx.core, requireUser(ctx).user, input),
  'creditRelease.clientOrders': ({ core }, input) => clientOrders(core, input),
});
