/** The supervisor's Painel (issue 20): Deps consumption, integration health, ABC distribution. */
import type { AbcClass } from './clients';

export interface ConsumptionCount {
  queries: number;
  /** Estimated from the price per product set in Configurações; products without one count 0. */
  costCents: number;
}

export type BudgetLevel = 'none' | 'ok' | 'warn80' | 'reached100';

export interface BureauBudgetView {
  /** null = no monthly budget set. */
  monthlyBudgetCents: number | null;
  /** Refuse new Deps queries once the estimated cost of the month reaches the budget. */
  blockAtLimit: boolean;
  /** Price per bureau product id, in centavos. */
  pricesCents: Record<string, number>;
}

export interface BureauBudgetStatus extends BureauBudgetView {
  month: string;
  spentCents: number;
  /** Spent ÷ budget in whole percent; null without a budget. */
  percent: number | null;
  level: BudgetLevel;
}

export interface ConsumptionView {
  /** 'YYYY-MM', São Paulo. */
  month: string;
  /** Oldest first, the current month last (12 rows). */
  months: (ConsumptionCount & { month: string })[];
  byAgent: (ConsumptionCount & { userName: string })[];
  byProduct: (ConsumptionCount & { productId: string; productName: string; priceCents: number | null })[];
  /** Every day of the current month up to today. */
  byDay: (ConsumptionCount & { day: string })[];
  total: ConsumptionCount;
  pricesSet: boolean;
  budget: BureauBudgetStatus;
}

export interface JobHealth {
  lastRunAt: string | null;
  lastStatus: 'success' | 'failed' | 'running' | 'interrupted' | null;
  lastOutcome: string | null;
  lastSuccessAt: string | null;
  /** Failed runs in the last 7 days. */
  failures7d: number;
  /** "Tempo máximo sem sucesso" exceeded: the pt-BR alert. */
  alert: string | null;
}

export interface IntegrationHealthView {
  erp: JobHealth;
  receivables: JobHealth;
  maxHoursWithoutSuccess: number;
}

export interface ReconciliationSide {
  rows: number;
  amountCents: number;
  keysHash: string;
}

export interface ReconciliationRow {
  exportId: number;
  runId: number | null;
  kind: 'full' | 'daily';
  businessDate: string;
  status: 'sending' | 'done';
  local: ReconciliationSide;
  confirmed: ReconciliationSide;
  batches: number;
  batchesConfirmed: number;
  rejectedRows: number;
  difference: { rows: number; amountCents: number; sameKeys: boolean };
}

export interface AbcDistributionView {
  cutoffs: { a: number; b: number; c: number };
  computedAt: string | null;
  month: string | null;
  classes: { abcClass: AbcClass; clients: number; lastMonth: number; revenueCents: number }[];
  /** Clients whose class changed since last month, by direction. */
  movements: { from: AbcClass; to: AbcClass; clients: number }[];
  /** Clients whose class in force is the ERP's own. */
  fromErp: number;
}
