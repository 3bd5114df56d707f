/**
 * The console's ABC curve (seed 001: "é aplicado um algoritmo de análise de curva ABC"): every
 * client's net revenue of the last 12 months, ranked; the clients that make the first `a` % of
 * the revenue are A, the next `b` % are B, the rest (and every client without revenue) C. The
 * trend compares the same revenue with the 12 months before. Plain functions over a db handle,
 * so the same code runs inline (tests, small databases) or on the job worker after a sync.
 *
 * Which invoices: the console's billing documents (Faturamento: faturas minus notas de crédito,
 * kept monthly in client_revenue_monthly) when it has any; otherwise the ERP's `nota` table as
 * the sync stored it. One source for every client: a Pareto cut over two mixed bases would rank
 * nobody fairly. The class in force is the ERP's own when it sends one (docs/data-ownership.md).
 */
import { todayInSaoPaulo } from '../../../../shared/domain/dates';
import type { Db } from '../../db/connection';
import { getSetting, setSetting } from '../../db/repos/settings.repo';

export interface AbcCutoffs {
  /** Share of revenue (whole percent) that makes the A clients. */
  a: number;
  /** Share after A that makes the B clients; C is the rest (100 − a − b). */
  b: number;
}

export const DEFAULT_ABC_CUTOFFS: AbcCutoffs = { a: 80, b: 15 };
export const CUTOFFS_KEY = 'abc.cutoffs';
/** Rows per write transaction: another connection never waits long for the write lock. */
const WRITE_BATCH = 5_000;

export function readAbcCutoffs(db: Db): AbcCutoffs {
  const raw = getSetting(db, CUTOFFS_KEY);
  return raw ? { ...DEFAULT_ABC_CUTOFFS, ...(JSON.parse(raw) as Partial<AbcCutoffs>) } : DEFAULT_ABC_CUTOFFS;
}

export function saveAbcCutoffs(db: Db, cutoffs: AbcCutoffs): void {
  setSetting(db, CUTOFFS_KEY, JSON.stringify(cutoffs));
}

/** 'YYYY-MM' of a São Paulo date moved by whole months. */
export function monthOffset(isoDate: string, months: number): string {
  const [y, m] = isoDate.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export interface AbcWindow {
  /** Current São Paulo month ('YYYY-MM'): the last of the 12. */
  month: string;
  currentFrom: string;
  previousFrom: string;
}

export function abcWindow(now: Date): AbcWindow {
  const today = todayInSaoPaulo(now);
  return {
    month: monthOffset(today, 0),
    currentFrom: monthOffset(today, -11),
    previousFrom: monthOffset(today, -23),
  };
}

export type AbcSource = 'billing' | 'erpInvoices' | 'none';

function sourceOf(db: Db): AbcSource {
  if (db.prepare('SELECT 1 FROM client_revenue_monthly LIMIT 1').get()) return 'billing';
  if (db.prepare("SELECT 1 FROM erp_records WHERE table_name = 'nota' LIMIT 1").get()) return 'erpInvoices';
  return 'none';
}

/** Per-client revenue of both windows, by month text 'YYYY-MM'. */
const REVENUE_SQL: Record<Exclude<AbcSource, 'none'>, string> = {
  billing: `SELECT client_id,
      sum(CASE WHEN month >= @currentFrom THEN cents ELSE 0 END) AS cur,
      sum(CASE WHEN month < @currentFrom THEN cents ELSE 0 END) AS prev
    FROM client_revenue_monthly WHERE month >= @previousFrom AND month <= @month GROUP BY client_id`,
  // The ERP's money is "0.00" text (docs/erp-gateway-api.md): digits without the point are centavos.
  erpInvoices: `SELECT c.id AS client_id,
      sum(CASE WHEN n.m >= @currentFrom THEN n.cents ELSE 0 END) AS cur,
      sum(CASE WHEN n.m < @currentFrom THEN n.cents ELSE 0 END) AS prev
    FROM (SELECT json_extract(payload, '$.empresa') AS code, substr(json_extract(payload, '$.emissao'), 1, 7) AS m,
            CAST(replace(json_extract(payload, '$.valor'), '.', '') AS INTEGER) AS cents
          FROM erp_records WHERE table_name = 'nota') n
    JOIN clients c ON c.erp_code = n.code
    WHERE n.m >= @previousFrom AND n.m <= @month GROUP BY c.id`,
};

export interface AbcRunSummary {
  source: AbcSource;
  month: string;
  clients: number;
  counts: Record<'A' | 'B' | 'C', number>;
  cutoffs: AbcCutoffs;
  computedAt: string;
}

/**
 * Recomputes every client's class and trend. The ranking is one read into a temporary table;
 * the writes go in short transactions of WRITE_BATCH clients.
 */
export function computeAbcCurve(db: Db, now: Date, cutoffs: AbcCutoffs = readAbcCutoffs(db)): AbcRunSummary {
  const window = abcWindow(now);
  const source = sourceOf(db);
  const computedAt = now.toISOString();
  db.exec('DROP TABLE IF EXISTS temp.abc_ranked');
  const revenue =
    source === 'none' ? 'SELECT NULL AS client_id, 0 AS cur, 0 AS prev WHERE 0' : REVENUE_SQL[source];
  db.prepare(
    `CREATE TEMP TABLE abc_ranked AS
     WITH rev AS (${revenue}),
     base AS (SELECT c.id AS client_id, coalesce(r.cur, 0) AS cur, coalesce(r.prev, 0) AS prev
              FROM clients c LEFT JOIN rev r ON r.client_id = c.id),
     total AS (SELECT coalesce(sum(max(cur, 0)), 0) AS t FROM base),
     ranked AS (SELECT client_id, cur, prev,
                  sum(max(cur, 0)) OVER (ORDER BY cur DESC, client_id ROWS UNBOUNDED PRECEDING) - max(cur, 0) AS before
                FROM base)
     SELECT client_id, cur, prev,
       CASE WHEN cur <= 0 OR (SELECT t FROM total) = 0 THEN 'C'
            WHEN before * 100 < @a * (SELECT t FROM total) THEN 'A'
            WHEN before * 100 < (@a + @b) * (SELECT t FROM total) THEN 'B'
            ELSE 'C' END AS computed,
       CASE WHEN prev > 0 THEN CAST(round((cur - prev) * 100.0 / prev) AS INTEGER) END AS trend
     FROM ranked`,
  ).run({ ...window, a: cutoffs.a, b: cutoffs.b });
  const ids = db
    .prepare('SELECT client_id FROM temp.abc_ranked ORDER BY client_id')
    .pluck()
    .all() as number[];
  const upsert = db.prepare(
    `INSERT INTO client_abc (client_id, computed_class, class, revenue_cents, previous_revenue_cents, trend_pct,
       month, last_month_class, computed_at)
     SELECT r.client_id, r.computed, coalesce(c.erp_abc_class, r.computed), r.cur, r.prev, r.trend, @month, NULL,
       @computedAt
     FROM temp.abc_ranked r JOIN clients c ON c.id = r.client_id
     WHERE r.client_id BETWEEN @from AND @to
     ON CONFLICT (client_id) DO UPDATE SET
       last_month_class = CASE WHEN client_abc.month <> excluded.month THEN client_abc.class
                               ELSE client_abc.last_month_class END,
       computed_class = excluded.computed_class, class = excluded.class, revenue_cents = excluded.revenue_cents,
       previous_revenue_cents = excluded.previous_revenue_cents, trend_pct = excluded.trend_pct,
       month = excluded.month, computed_at = excluded.computed_at`,
  );
  const applyClass = db.prepare(
    `UPDATE clients SET abc_class = (SELECT a.class FROM client_abc a WHERE a.client_id = clients.id)
     WHERE id BETWEEN @from AND @to AND erp_abc_class IS NULL
       AND abc_class IS NOT (SELECT a.class FROM client_abc a WHERE a.client_id = clients.id)`,
  );
  const writeBatch = db.transaction((from: number, to: number) => {
    upsert.run({ from, to, month: window.month, computedAt });
    applyClass.run({ from, to });
  });
  for (let i = 0; i < ids.length; i += WRITE_BATCH) {
    const batch = ids.slice(i, i + WRITE_BATCH);
    writeBatch(batch[0] as number, batch[batch.length - 1] as number);
  }
  const counts = { A: 0, B: 0, C: 0 };
  for (const r of db
    .prepare('SELECT computed, count(*) AS n FROM temp.abc_ranked GROUP BY computed')
    .all() as {
    computed: 'A' | 'B' | 'C';
    n: number;
  }[])
    counts[r.computed] = r.n;
  db.exec('DROP TABLE temp.abc_ranked');
  return { source, month: window.month, clients: ids.length, counts, cutoffs, computedAt };
}

/** 'YYYY-MM' of the month before. */
export const previousMonth = (month: string): string => monthOffset(`${month}-01`, -1);
