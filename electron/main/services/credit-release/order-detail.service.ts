/** One order with its items and the client position beside it ("posição do cliente"). */
import { addDays } from '../../../../shared/domain/dates';
import type {
  ClientCreditPosition,
  ClientReleasePreview,
  CreditOrderDetail,
} from '../../../../shared/ipc/dto/credit-release';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { listClientQueries, toQueryRow } from '../../db/repos/bureau-queries.repo';
import { titlesPosition } from '../../db/repos/client-titles.repo';
import { getClientRecord } from '../../db/repos/clients.repo';
import {
  blockedClientOrders,
  blockedTotals,
  getOrderListRecord,
  largestOrder,
  orderItems,
} from '../../db/repos/credit-orders.repo';
import { cachedFinancials } from '../finance/finance.service';
import { daysBetween } from '../../../../shared/domain/dates';
import { toOneOrderRow, toOrderRows, todayOf } from './order-rows';
import { releaseRefusal } from './release-rules';

export function clientPosition(core: Core, clientId: number, today: string): ClientCreditPosition | null {
  const c = getClientRecord(core.db, clientId);
  if (!c) return null;
  const t = titlesPosition(core.db, c.erp_code, today, addDays(today, -365));
  const largest = largestOrder(core.db, c.erp_code);
  const lastQuery = listClientQueries(core.db, clientId)[0];
  return {
    clientId,
    name: c.trade_name || c.legal_name,
    document: c.document,
    erpCode: c.erp_code,
    picture: cachedFinancials(core, clientId),
    openTitles: { count: t.openCount, totalCents: t.openCents },
    overdueTitles: {
      count: t.overdueCount,
      totalCents: t.overdueCents,
      oldestDelayDays: t.oldestOverdueDue === null ? null : daysBetween(t.oldestOverdueDue, today),
    },
    averageDelayDays12m: t.averageDelayDays,
    largestPurchase: largest ? { valueCents: largest.value_cents, date: largest.order_date } : null,
    lastPayment:
      t.lastPaymentDate === null ? null : { date: t.lastPaymentDate, amountCents: t.lastPaymentCents ?? 0 },
    lastBureau: lastQuery ? toQueryRow(lastQuery) : null,
    blockedOrders: blockedTotals(core.db, c.erp_code),
  };
}

export function orderDetail(core: Core, userId: number, orderId: number): CreditOrderDetail {
  const r = getOrderListRecord(core.db, orderId);
  if (!r) throw new AppFailure('creditRelease.orderNotFound');
  const today = todayOf(core.now());
  const order = toOneOrderRow(core.db, r, today);
  const position = r.client_id === null ? null : clientPosition(core, r.client_id, today);
  return {
    order,
    items: orderItems(core.db, r.erp_key).map((i) => ({
      key: i.erp_key,
      productCode: i.product_code,
      description: i.description,
      quantity: i.quantity,
      unitPriceCents: i.unit_price_cents,
      totalCents: i.quantity * i.unit_price_cents,
    })),
    position,
    balanceAfterCents: position ? position.picture.values.availableBalanceCents - r.value_cents : null,
    releaseRefusal: releaseRefusal(
      core.db,
      userId,
      [{ number: r.erp_key, valueCents: r.value_cents, clientErpCode: r.client_erp_code }],
      today,
    ),
  };
}

/** The blocked orders of a client nobody decided yet: what the by-client confirmation lists. */
export function clientReleasePreview(core: Core, userId: number, clientId: number): ClientReleasePreview {
  const c = getClientRecord(core.db, clientId);
  if (!c) throw new AppFailure('clients.notFound');
  const today = todayOf(core.now());
  const orders = toOrderRows(core.db, blockedClientOrders(core.db, c.erp_code), today).filter(
    (o) => o.decision?.state !== 'waiting_erp',
  );
  return {
    clientId,
    clientName: c.trade_name || c.legal_name,
    orders,
    totalCents: orders.reduce((s, o) => s + o.valueCents, 0),
    refusal:
      orders.length === 0
        ? null
        : releaseRefusal(
            core.db,
            userId,
            orders.map((o) => ({ number: o.number, valueCents: o.valueCents, clientErpCode: c.erp_code })),
            today,
          ),
  };
}
