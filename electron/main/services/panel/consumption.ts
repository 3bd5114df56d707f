/**
 * Painel → Consumo Deps: this month by agent, product and day, and the last 12 months. Embedded
 * mode counts this desktop's ledger; floor mode counts the floor's central ledger (every seat's
 * queries once; a seat's local ledger holds only its own and the copies it pulled).
 */
import type { ConsumptionCount, ConsumptionView } from '../../../../shared/ipc/dto/panel';
import { addDays, todayInSaoPaulo } from '../../../../shared/domain/dates';
import type { Core } from '../../core-types';
import { monthOffset } from '../abc/abc-curve';
import { saoPauloDayStartUtc } from '../time';
import {
  BILLABLE,
  billableByProduct,
  budgetStatusOf,
  currentMonth,
  monthBounds,
  priceOf,
  readBudget,
} from './bureau-budget';
import { floorLedgerCounts } from './floor-consumption';

export type AgentProductCount = { key: string; productId: string; queries: number };

/** What the view is built from, read from one ledger (this desktop's or the floor's). */
export interface LedgerCounts {
  /** Billable queries in [from, to) by product; bounds are São Paulo day starts of the window. */
  countRange(from: string, to: string): { productId: string; queries: number }[];
  /** The current month by agent (user name) and product. */
  agents: AgentProductCount[];
  /** The current month by product, with the product's name. */
  byProduct: { productId: string; productName: string; queries: number }[];
}

/** The first day of the 12-month window ('YYYY-MM-DD') and the current month. */
export function consumptionWindow(now: Date): { month: string; firstDay: string } {
  const month = currentMonth(now);
  return { month, firstDay: `${monthOffset(`${month}-01`, -11)}-01` };
}

/** Sums rows of (key, product, queries) into counts with their estimated cost. */
function priced(
  rows: AgentProductCount[],
  price: (productId: string) => number,
): Map<string, ConsumptionCount> {
  const out = new Map<string, ConsumptionCount>();
  for (const r of rows) {
    const c = out.get(r.key) ?? { queries: 0, costCents: 0 };
    c.queries += r.queries;
    c.costCents += r.queries * price(r.productId);
    out.set(r.key, c);
  }
  return out;
}

function localLedgerCounts(core: Core, month: string): LedgerCounts {
  const { db } = core;
  const { from, to } = monthBounds(month);
  // One indexed range count per month and per day (São Paulo bounds computed here), rather than
  // a date function over every row of the year: the covering index answers each range alone.
  const range = db.prepare(
    `SELECT product_id AS productId, count(*) AS queries FROM bureau_queries
     WHERE requested_at >= ? AND requested_at < ? AND ${BILLABLE} GROUP BY product_id`,
  );
  return {
    countRange: (a, b) => range.all(a, b) as { productId: string; queries: number }[],
    agents: db
      .prepare(
        `SELECT user_name AS key, product_id AS productId, count(*) AS queries FROM bureau_queries
         WHERE requested_at >= ? AND requested_at < ? AND ${BILLABLE} GROUP BY 1, 2`,
      )
      .all(from, to) as AgentProductCount[],
    byProduct: billableByProduct(db, month),
  };
}

export async function consumption(core: Core): Promise<ConsumptionView> {
  const now = core.now();
  const budget = readBudget(core.db);
  const price = (id: string) => priceOf(budget, id);
  const { month } = consumptionWindow(now);
  const counts = core.floor.pool ? await floorLedgerCounts(core, now) : localLedgerCounts(core, month);
  const countRange = (from: string, to: string): ConsumptionCount =>
    counts.countRange(from, to).reduce(
      (c, r) => ({
        queries: c.queries + r.queries,
        costCents: c.costCents + r.queries * price(r.productId),
      }),
      { queries: 0, costCents: 0 },
    );
  const months = Array.from({ length: 12 }, (_, i) => {
    const m = monthOffset(`${month}-01`, i - 11);
    const b = monthBounds(m);
    return { month: m, ...countRange(b.from, b.to) };
  });

  const byAgent = [...priced(counts.agents, price)]
    .map(([userName, c]) => ({ userName, ...c }))
    .sort((a, b) => b.queries - a.queries || a.userName.localeCompare(b.userName, 'pt-BR'));

  const today = todayInSaoPaulo(now);
  const byDay: ConsumptionView['byDay'] = [];
  for (let d = `${month}-01`; d <= today; d = addDays(d, 1))
    byDay.push({ day: d, ...countRange(saoPauloDayStartUtc(d), saoPauloDayStartUtc(d, 1)) });

  const byProduct = counts.byProduct.map((p) => ({
    productId: p.productId,
    productName: p.productName,
    queries: p.queries,
    priceCents: budget.pricesCents[p.productId] ?? null,
    costCents: p.queries * price(p.productId),
  }));
  const total = byProduct.reduce(
    (s, p) => ({ queries: s.queries + p.queries, costCents: s.costCents + p.costCents }),
    { queries: 0, costCents: 0 },
  );
  return {
    month,
    months,
    byAgent,
    byProduct,
    byDay,
    total,
    pricesSet: Object.keys(budget.pricesCents).length > 0,
    budget: budgetStatusOf(budget, month, counts.byProduct),
  };
}
