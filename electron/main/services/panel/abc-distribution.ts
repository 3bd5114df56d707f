/** Painel → Curva ABC: clients per class in force, against last month, and who moved. */
import type { AbcClass } from '../../../../shared/ipc/dto/clients';
import type { AbcDistributionView } from '../../../../shared/ipc/dto/panel';
import type { Db } from '../../db/connection';
import { readAbcCutoffs } from '../abc/abc-curve';

const CLASSES: AbcClass[] = ['A', 'B', 'C'];

export function abcDistribution(db: Db): AbcDistributionView {
  const cutoffs = readAbcCutoffs(db);
  const meta = db.prepare('SELECT max(computed_at) AS at, max(month) AS month FROM client_abc').get() as {
    at: string | null;
    month: string | null;
  };
  const now = new Map(
    (
      db
        .prepare(
          'SELECT class AS c, count(*) AS n, sum(revenue_cents) AS cents FROM client_abc GROUP BY class',
        )
        .all() as {
        c: AbcClass;
        n: number;
        cents: number;
      }[]
    ).map((r) => [r.c, r]),
  );
  const before = new Map(
    (
      db
        .prepare(
          'SELECT last_month_class AS c, count(*) AS n FROM client_abc WHERE last_month_class IS NOT NULL GROUP BY 1',
        )
        .all() as { c: AbcClass; n: number }[]
    ).map((r) => [r.c, r.n]),
  );
  const movements = db
    .prepare(
      `SELECT last_month_class AS "from", class AS "to", count(*) AS clients FROM client_abc
       WHERE last_month_class IS NOT NULL AND last_month_class <> class GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .all() as AbcDistributionView['movements'];
  const fromErp = db
    .prepare(
      'SELECT count(*) FROM client_abc a JOIN clients c ON c.id = a.client_id WHERE c.erp_abc_class IS NOT NULL',
    )
    .pluck()
    .get() as number;
  return {
    cutoffs: { ...cutoffs, c: 100 - cutoffs.a - cutoffs.b },
    computedAt: meta.at,
    month: meta.month,
    classes: CLASSES.map((abcClass) => ({
      abcClass,
      clients: now.get(abcClass)?.n ?? 0,
      lastMonth: before.get(abcClass) ?? 0,
      revenueCents: now.get(abcClass)?.cents ?? 0,
    })),
    movements,
    fromErp,
  };
}
