/** The Liberação de crédito queue, the badge count and the client's Pedidos tab (reads only). */
import { addDays } from '../../../../shared/domain/dates';
import {
  CREDIT_BLOCK_REASONS,
  type CreditBlockReason,
  type CreditQueueSort,
} from '../../../../shared/domain/credit-release';
import type { ChannelParsedInput } from '../../../../shared/ipc/contract';
import type { Page } from '../../../../shared/ipc/dto/client-paging';
import type {
  CreditOrderRow,
  CreditQueuePage,
  CreditSeller,
  CreditWaitingCount,
} from '../../../../shared/ipc/dto/credit-release';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { getClientRecord } from '../../db/repos/clients.repo';
import {
  clientOrderRows,
  countClientOrders,
  listSellers,
  queueReasonCounts,
  queueRows,
  waitingCounts,
  type QueueFilter,
} from '../../db/repos/credit-orders.repo';
import { decodeCursor, encodeCursor, toOrderRows, todayOf } from './order-rows';

type QueueInput = ChannelParsedInput<'creditRelease.queue'>;

function filterOf(core: Core, f: QueueInput['filters'], today: string): QueueFilter {
  let clientErpCode: string | null = null;
  if (f.clientId !== null) {
    const c = getClientRecord(core.db, f.clientId);
    if (!c) throw new AppFailure('creditRelease.clientNotFound');
    clientErpCode = c.erp_code;
  }
  return {
    reasons: f.reasons,
    sellerCode: f.sellerCode,
    minValueCents: f.minValueCents,
    maxValueCents: f.maxValueCents,
    dateTo: f.minAgeDays === null ? null : addDays(today, -f.minAgeDays),
    dateFrom: f.maxAgeDays === null ? null : addDays(today, -f.maxAgeDays),
    clientErpCode,
    clientText: f.clientText,
  };
}

export function creditQueue(core: Core, input: QueueInput): CreditQueuePage {
  const today = todayOf(core.now());
  const filter = filterOf(core, input.filters, today);
  const sort = input.sort as CreditQueueSort;
  const cursor = decodeCursor(input.cursor);
  // One row more than asked tells whether a next page exists without a count.
  const { rows, keyOf } = queueRows(core.db, filter, sort, cursor, input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  const counts = queueReasonCounts(core.db, filter);
  // The counts apply every filter but the reasons: the total is their sum over the reasons asked.
  const reasons: readonly CreditBlockReason[] =
    filter.reasons.length > 0 ? filter.reasons : CREDIT_BLOCK_REASONS;
  let total = 0;
  for (const r of reasons) total += counts[r];
  return {
    rows: toOrderRows(core.db, page, today),
    next: rows.length > input.limit && last ? encodeCursor(keyOf(last), last.id) : null,
    total: input.cursor === null ? total : null,
    counts,
  };
}

export const creditWaitingCount = (core: Core): CreditWaitingCount => waitingCounts(core.db);

export const creditSellers = (core: Core): CreditSeller[] => listSellers(core.db);

export function clientOrders(
  core: Core,
  input: ChannelParsedInput<'creditRelease.clientOrders'>,
): Page<CreditOrderRow, string> {
  const client = getClientRecord(core.db, input.clientId);
  if (!client) throw new AppFailure('clients.notFound');
  const today = todayOf(core.now());
  const cursor = decodeCursor(input.cursor);
  const rows = clientOrderRows(core.db, client.erp_code, cursor, input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    rows: toOrderRows(core.db, page, today),
    next: rows.length > input.limit && last ? encodeCursor(last.order_date, last.id) : null,
    total: input.cursor === null ? countClientOrders(core.db, client.erp_code) : null,
  };
}
