/**
 * Floor mode: the monthly Deps budget counts the whole floor's ledger. Checked right after this
 * seat's claim is in the central ledger (the claim is billable, like a local pending row), so two
 * seats racing for the last of the budget cannot both pass: at worst both are refused.
 */
import { sql } from 'kysely';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { sharedDb } from '../../floor/floor-link';
import { currentMonth, monthBounds, priceOf, readBudget } from '../panel/bureau-budget';

/** Billable queries of a São Paulo month on the whole floor, by product. */
export async function floorBillableByProduct(
  core: Core,
  month: string,
): Promise<{ productId: string; queries: number }[]> {
  const { from, to } = monthBounds(month);
  return sharedDb(core)
    .selectFrom('bureau_queries')
    .select(['product_id as productId', sql<number>`count(*)::int`.as('queries')])
    .where('requested_at', '>=', from)
    .where('requested_at', '<', to)
    .where('status', 'in', ['succeeded', 'unknown', 'pending'])
    .where('reused', '=', 0)
    .groupBy('product_id')
    .execute();
}

/** Throws panel.budgetReached when the floor's month (this claim included) is past a blocking budget. */
export async function assertFloorWithinBudget(core: Core, productId: string): Promise<void> {
  const budget = readBudget(core.db);
  const limit = budget.monthlyBudgetCents;
  if (!budget.blockAtLimit || limit === null) return;
  const month = currentMonth(core.now());
  const spentCents = (await floorBillableByProduct(core, month)).reduce(
    (s, p) => s + p.queries * priceOf(budget, p.productId),
    0,
  );
  const priceCents = priceOf(budget, productId);
  if (spentCents > limit)
    throw new AppFailure('panel.budgetReached', {
      budgetCents: limit,
      spentCents: spentCents - priceCents,
      priceCents,
      month,
    });
}
