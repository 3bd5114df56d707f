import type { Db } from '../connection';

export interface FailureCount {
  count: number;
  lastAt: string | null;
}

/**
 * Failures of a login since its last success or administrator unlock. Pending (reserved, not yet
 * settled) attempts count; throttled ones do not, so waiting out the delay always works.
 */
export function loginFailures(db: Db, login: string): FailureCount {
  const row = db
    .prepare(
      `SELECT count(*) AS n, max(at) AS last FROM login_attempts
       WHERE login = ? AND success = 0 AND coalesce(reason, '') <> 'throttled'
         AND id > coalesce((SELECT max(id) FROM login_attempts WHERE login = ? AND success = 1), 0)`,
    )
    .get(login, login) as { n: number; last: string | null };
  return { count: row.n, lastAt: row.last };
}

/** Failures from one source, over every login, since `sinceIso`. */
export function sourceFailures(db: Db, source: string, sinceIso: string): FailureCount {
  const row = db
    .prepare(
      `SELECT count(*) AS n, max(at) AS last FROM login_attempts
       WHERE source = ? AND at >= ? AND success = 0 AND coalesce(reason, '') <> 'throttled'`,
    )
    .get(source, sinceIso) as { n: number; last: string | null };
  return { count: row.n, lastAt: row.last };
}

export function insertAttempt(
  db: Db,
  a: { login: string; source: string; at: string; success: boolean; reason: string | null },
): number {
  return Number(
    db
      .prepare('INSERT INTO login_attempts (login, source, at, success, reason) VALUES (?, ?, ?, ?, ?)')
      .run(a.login, a.source, a.at, a.success ? 1 : 0, a.reason).lastInsertRowid,
  );
}

export function settleAttempt(db: Db, id: number, success: boolean, reason: string | null): void {
  db.prepare('UPDATE login_attempts SET success = ?, reason = ? WHERE id = ?').run(
    success ? 1 : 0,
    reason,
    id,
  );
}
