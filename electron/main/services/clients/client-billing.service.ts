import type {
  BillingDocumentDetail,
  BillingDocumentPage,
  ClientRevenue,
  ExclusiveProduct,
  ExclusiveProductDetail,
} from '../../../../shared/ipc/dto/client-billing';
import type { KeyCursor } from '../../../../shared/ipc/dto/client-paging';
import { todayInSaoPaulo } from '../../../../shared/domain/dates';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import {
  countBillingDocuments,
  getBillingDocument,
  listBillingDocuments,
  revenueByMonthAndCategory,
} from '../../db/repos/client-billing.repo';
import {
  getExclusiveProduct,
  listExclusiveProducts,
  recentProductSales,
} from '../../db/repos/client-products.repo';
import { assertClientExists } from './client-audit';

/** The 12 'YYYY-MM' months ending with the São Paulo month of `now`, oldest first. */
export function lastTwelveMonths(now: Date): string[] {
  const [year, month] = todayInSaoPaulo(now).split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, i) => {
    const index = year * 12 + (month - 1) - (11 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

export function clientRevenue(core: Core, clientId: number): ClientRevenue {
  assertClientExists(core.db, clientId);
  const months = lastTwelveMonths(core.now());
  const fromMonth = months[0] as string;
  const toMonth = months[11] as string;
  const byMonth = new Map<string, number>();
  const byCategory = new Map<string, number>();
  for (const r of revenueByMonthAndCategory(core.db, clientId, fromMonth, toMonth)) {
    byMonth.set(r.month, (byMonth.get(r.month) ?? 0) + r.cents);
    byCategory.set(r.category, (byCategory.get(r.category) ?? 0) + r.cents);
  }
  const categories = [...byCategory]
    .map(([category, cents]) => ({ category, cents }))
    .sort((a, b) => b.cents - a.cents || a.category.localeCompare(b.category, 'pt-BR'));
  return {
    fromMonth,
    toMonth,
    months: months.map((month) => ({ month, cents: byMonth.get(month) ?? 0 })),
    categories,
    totalCents: categories.reduce((sum, c) => sum + c.cents, 0),
  };
}

export function billingDocuments(
  core: Core,
  q: { clientId: number; after?: KeyCursor; limit: number },
): BillingDocumentPage {
  const rows = listBillingDocuments(core.db, { ...q, limit: q.limit + 1 });
  const hasMore = rows.length > q.limit;
  const page = hasMore ? rows.slice(0, q.limit) : rows;
  const last = page[page.length - 1];
  if (!q.after && page.length === 0) assertClientExists(core.db, q.clientId);
  return {
    rows: page,
    next: hasMore && last ? { key: last.issuedOn, id: last.id } : null,
    total: q.after ? null : countBillingDocuments(core.db, q.clientId),
  };
}

export function billingDocument(core: Core, id: number): BillingDocumentDetail {
  const d = getBillingDocument(core.db, id);
  if (!d) throw new AppFailure('clients.billingDocumentGone');
  return d;
}

export function exclusiveProducts(core: Core, clientId: number): ExclusiveProduct[] {
  assertClientExists(core.db, clientId);
  return listExclusiveProducts(core.db, clientId);
}

export function exclusiveProduct(core: Core, id: number): ExclusiveProductDetail {
  const p = getExclusiveProduct(core.db, id);
  if (!p) throw new AppFailure('clients.productGone');
  const { clientId, ...product } = p;
  return { ...product, recentSales: recentProductSales(core.db, clientId, p.code, 10) };
}
