import type { Db } from '../connection';

/**
 * Sum of the limit increases one user made on one client since `sinceIso`, read from the audit
 * rows written in the same transaction as each change (so the budget cannot drift from them).
 */
export function increasesSince(db: Db, a: { clientId: number; userId: number; sinceIso: string }): number {
  const row = db
    .prepare(
      `SELECT coalesce(sum(max(0,
         json_extract(changes, '$.creditLimitCents.after') - json_extract(changes, '$.creditLimitCents.before'))), 0) AS n
       FROM audit_log
       WHERE entity = 'client' AND entity_id = ? AND user_id = ? AND at >= ?
         AND json_extract(changes, '$.creditLimitCents') IS NOT NULL`,
    )
    .get(String(a.clientId), a.userId, a.sinceIso) as { n: number };
  return row.n;
}
