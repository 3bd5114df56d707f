/** The client position's figures from the synced receivables (titles / duplicatas). */
import type { Db } from '../connection';

export interface TitlesPosition {
  openCount: number;
  openCents: number;
  overdueCount: number;
  overdueCents: number;
  oldestOverdueDue: string | null;
  /** Average days late (0 when on time) of titles paid since `since`; null when none. */
  averageDelayDays: number | null;
  lastPaymentDate: string | null;
  lastPaymentCents: number | null;
}

export function titlesPosition(db: Db, clientErpCode: string, today: string, since: string): TitlesPosition {
  const open = db
    .prepare(
      `SELECT count(*) AS openCount, coalesce(sum(amount_cents - paid_cents), 0) AS openCents,
         coalesce(sum(CASE WHEN due_date < @today THEN 1 ELSE 0 END), 0) AS overdueCount,
         coalesce(sum(CASE WHEN due_date < @today THEN amount_cents - paid_cents ELSE 0 END), 0) AS overdueCents,
         min(CASE WHEN due_date < @today THEN due_date END) AS oldestOverdueDue
       FROM receivables WHERE client_erp_code = @code AND status IN ('open', 'partial')`,
    )
    .get({ code: clientErpCode, today }) as Omit<
    TitlesPosition,
    'averageDelayDays' | 'lastPaymentDate' | 'lastPaymentCents'
  >;
  const delay = db
    .prepare(
      `SELECT avg(max(0, julianday(payment_date) - julianday(due_date))) AS d FROM receivables
       WHERE client_erp_code = ? AND status = 'paid' AND payment_date IS NOT NULL AND payment_date >= ?`,
    )
    .get(clientErpCode, since) as { d: number | null };
  const last = db
    .prepare(
      `SELECT payment_date AS date, paid_cents AS cents FROM receivables
       WHERE client_erp_code = ? AND payment_date IS NOT NULL AND paid_cents > 0
       ORDER BY payment_date DESC, id DESC LIMIT 1`,
    )
    .get(clientErpCode) as { date: string; cents: number } | undefined;
  return {
    ...open,
    averageDelayDays: delay.d === null ? null : Math.round(delay.d * 10) / 10,
    lastPaymentDate: last?.date ?? null,
    lastPaymentCents: last?.cents ?? null,
  };
}
