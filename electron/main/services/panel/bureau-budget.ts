/**
 * Deps spending as the console can know it: the query ledger (bureau_queries) times the price
 * per product a supervisor sets in Configurações. A query counts once it may have been billed:
 * succeeded, unknown (sent, no answer) and pending (in flight, so two desktops racing for the
 * last of the budget cannot both pass); failed and reused results are never billed.
 */
import { AppFailure } from '../../../../shared/ipc/result';
import type { BudgetLevel, BureauBudgetStatus, BureauBudgetView } from '../../../../shared/ipc/dto/panel';
import { todayInSaoPaulo } from '../../../../shared/domain/dates';
import type { Db } from '../../db/connection';
import { getSetting, setSetting } from '../../db/repos/settings.repo';
import { insertAudit } from '../../db/repos/audit.repo';
import type { Core } from '../../core-types';
import { saveSharedSettings } from '../../floor/settings/shared-settings';
import { monthOffset } from '../abc/abc-curve';
import { saoPauloDayStartUtc } from '../time';

export const BUDGET_KEY = 'bureau.budget';
export const DEFAULT_BUDGET: BureauBudgetView = {
  monthlyBudgetCents: null,
  blockAtLimit: false,
  pricesCents: {},
};

export function readBudget(db: Db): BureauBudgetView {
  const raw = getSetting(db, BUDGET_KEY);
  return raw
    ? { ...DEFAULT_BUDGET, ...(JSON.parse(raw) as Partial<BureauBudgetView>) }
    : { ...DEFAULT_BUDGET };
}

export function saveBudget(db: Db, budget: BureauBudgetView): BureauBudgetView {
  setSetting(db, BUDGET_KEY, JSON.stringify(budget));
  return readBudget(db);
}

/** Saved from Configurações: the change goes to Auditoria with who made it. */
export async function saveBudgetAudited(
  core: Pick<Core, 'db' | 'floor' | 'scheduler' | 'replicator'>,
  user: { id: number; name: string },
  at: string,
  budget: BureauBudgetView,
): Promise<BureauBudgetView> {
  const before = readBudget(core.db);
  await saveSharedSettings(core, { [BUDGET_KEY]: JSON.stringify(budget) }, () => {
    const saved = readBudget(core.db);
    insertAudit(core.db, {
      at,
      userId: user.id,
      userName: user.name,
      entity: 'settings',
      entityId: 'bureau.budget',
      action: 'Orçamento Deps alterado',
      changes: {
        monthlyBudgetCents: { before: before.monthlyBudgetCents, after: saved.monthlyBudgetCents },
        blockAtLimit: { before: before.blockAtLimit, after: saved.blockAtLimit },
        pricesCents: { before: before.pricesCents, after: saved.pricesCents },
      },
    });
  });
  return readBudget(core.db);
}

/** A billable ledger row: see the file comment. */
export const BILLABLE = `status IN ('succeeded', 'unknown', 'pending') AND reused = 0`;

/** UTC bounds [from, to) of a São Paulo month 'YYYY-MM', as the ledger's ISO text compares. */
export function monthBounds(month: string): { from: string; to: string } {
  return {
    from: saoPauloDayStartUtc(`${month}-01`),
    to: saoPauloDayStartUtc(`${monthOffset(`${month}-01`, 1)}-01`),
  };
}

export const currentMonth = (now: Date): string => monthOffset(todayInSaoPaulo(now), 0);

/** Billable queries of a month by product: the one read both the budget and the Painel make. */
export function billableByProduct(
  db: Db,
  month: string,
): { productId: string; productName: string; queries: number }[] {
  return db
    .prepare(
      `SELECT product_id AS productId, max(product_name) AS productName, count(*) AS queries FROM bureau_queries
       WHERE requested_at >= @from AND requested_at < @to AND ${BILLABLE} GROUP BY product_id ORDER BY product_id`,
    )
    .all(monthBounds(month)) as { productId: string; productName: string; queries: number }[];
}

export const priceOf = (budget: BureauBudgetView, productId: string): number =>
  budget.pricesCents[productId] ?? 0;

export function budgetStatus(
  db: Db,
  now: Date,
  budget: BureauBudgetView = readBudget(db),
): BureauBudgetStatus {
  const month = currentMonth(now);
  return budgetStatusOf(budget, month, billableByProduct(db, month));
}

/** The month's status from its billable queries by product (this desktop's ledger or the floor's). */
export function budgetStatusOf(
  budget: BureauBudgetView,
  month: string,
  byProduct: { productId: string; queries: number }[],
): BureauBudgetStatus {
  const spentCents = byProduct.reduce((s, p) => s + p.queries * priceOf(budget, p.productId), 0);
  const limit = budget.monthlyBudgetCents;
  const percent =
    limit === null ? null : limit === 0 ? (spentCents > 0 ? 100 : 0) : Math.floor((spentCents * 100) / limit);
  const level: BudgetLevel =
    limit === null
      ? 'none'
      : spentCents >= limit
        ? 'reached100'
        : spentCents * 100 >= limit * 80
          ? 'warn80'
          : 'ok';
  return { ...budget, month, spentCents, percent, level };
}

/**
 * Called on the bureau query path before the ledger row is written (so before anything is sent
 * or billed): with the block on, a query that would take the month past its budget is refused.
 */
export function assertWithinBudget(db: Db, now: Date, productId: string): void {
  const budget = readBudget(db);
  if (!budget.blockAtLimit || budget.monthlyBudgetCents === null) return;
  const status = budgetStatus(db, now, budget);
  const priceCents = priceOf(budget, productId);
  const limit = budget.monthlyBudgetCents;
  if (status.spentCents >= limit || status.spentCents + priceCents > limit)
    throw new AppFailure('panel.budgetReached', {
      budgetCents: limit,
      spentCents: status.spentCents,
      priceCents,
      month: status.month,
    });
}
