/**
 * Import of this desktop's bureau ledger (every query with its full stored result) into the
 * floor. A row still pending here was left by a closed app: it may have been billed, so it
 * arrives as unknown (never retried), exactly as this desktop would settle it.
 */
import type { BureauQueryRecord } from '../../db/repos/bureau-queries.repo';
import { ORPHAN_MESSAGE } from '../../services/credit/query-registry';
import type { FloorImportStep } from './import-step';

const BATCH = 500;

export const ledgerImportStep: FloorImportStep = {
  id: 'ledger',
  label: 'Consultas ao bureau (Deps) e resultados',
  async run(local, central) {
    const all = local.prepare('SELECT * FROM bureau_queries ORDER BY id').all() as BureauQueryRecord[];
    let rows = 0;
    for (let i = 0; i < all.length; i += BATCH) {
      const values = all.slice(i, i + BATCH).map(({ id: _id, ...r }) =>
        r.status === 'pending'
          ? {
              ...r,
              status: 'unknown' as const,
              finished_at: r.requested_at,
              error_code: 'BUREAU_AMBIGUOUS',
              error_message: ORPHAN_MESSAGE,
            }
          : r,
      );
      const done = await central
        .insertInto('bureau_queries')
        .values(values)
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .executeTakeFirst();
      rows += Number(done.numInsertedOrUpdatedRows ?? 0);
    }
    return { rows };
  },
};
