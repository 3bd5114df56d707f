/** Painel → Consumo Deps: this month by agent, product and day, and the last 12 months. */
import type { ConsumptionCount, ConsumptionView } from '../../../../shared/ipc/dto/panel';
import { addDays, todayInSaoPaulo } from '../../../../shared/domain/dates';
import type { Core } from '../../core-types';
import { monthOffset } from '../abc/abc-curve';
import { saoPauloDayStartUtc } from '../time';
import {
  BILLABLE,
  billableByProduct,
  budgetStatus,
  currentMonth,
  monthBounds,
  priceOf,
  readBudget,
} from './bureau-budget';

type Row = { key: string; productId: string; queries: number };

/** Sums rows of (key, product, queries) into counts with their estimated cost. */
function priced(rows: Row[], price: (productId: string) => number): Map<string, ConsumptionCount> {
  const out = new Map<string, ConsumptionCount>();
  for (const r of rows) {
    const c = out.get(r.key) ?? { queries: 0, costCents: 0 };
    c.queries += r.queries;
    c.costCents += r.queries * price(r.productId);
    out.set(r.key, c);
  }
  return out;
}

export function consumption(core: Core): ConsumptionView {
  const { db } = core;
  const now = core.now();
  const budget = readBudget(db);
  const price = (id: string) => priceOf(budget, id);
  const month = currentMonth(now);
  const { from, to } = monthBounds(month);
  // One indexed range count per month and per day (São Paulo bounds computed here), rather than
  // a date function over every row of the year: the covering index answers each range alone.
  const range = db.prepare(
    `SELECT product_id AS productId, count(*) AS queries FROM bureau_queries
     WHERE requested_at >= ? AND requested_at < ? AND ${BILLABLE} GROUP BY product_id`,
  );
  const countRange = (from: string, to: string): ConsumptionCount =>
    (range.all(from, to) as { productId: string; queries: number }[]).reduce(
      (c, r) => ({ queries: c.queries + r.queries, costCents: c.costCents + r.queries * price(r.productId) }),
      { queries: 0, costCents: 0 },
    );
  const months = Array.from({ length: 12 }, (_, i) => {
    const m = monthOffset(`${month}-01`, i - 11);
    const b = monthBounds(m);
    return { month: m, ...countRange(b.from, b.to) };
  });

  const agents = db
    .prepare(
      `SELECT user_name AS key, product_id AS productId, count(*) AS queries FROM bureau_queries
       WHERE requested_at >= ? AND requested_at < ? AND ${BILLABLE} GROUP BY 1, 2`,
    )
    .all(from, to) as Row[];
  const byAgent = [...priced(agents, price)]
    .map(([userName, c]) => ({ userName, ...c }))
    .sort((a, b) => b.queries - a.queries || a.userName.localeCompare(b.userName, 'pt-BR'));

  const today = todayInSaoPaulo(now);
  const byDay: ConsumptionView['byDay'] = [];
  for (let d = `${month}-01`; d <= today; d = addDays(d, 1))
    byDay.push({ day: d, ...countRange(saoPauloDayStartUtc(d), saoPauloDayStartUtc(d, 1)) });

  const byProduct = billableByProduct(db, month).map((p) => ({
    productId: p.productId,
    productName: p.productName,
    queries: p.queries,
    priceCents: budget.pricesCents[p.productId] ?? null,
    costCents: p.queries * price(p.productId),
  }));
  const total = byProduct.reduce(
    (s, p) => ({ queries: s.queries + p.queries, costCents: s.costCents + p.costCents }),
    {
      queries: 0,
      costCents: 0,
    },
  );
  return {
    month,
    months,
    byAgent,
    byProduct,
    byDay,
    total,
    pricesSet: Object.keys(budget.pricesCents).length > 0,
    budget: budgetStatus(db, now, budget),
  };
}
