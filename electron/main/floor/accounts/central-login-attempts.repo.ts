/**
 * Login throttling floor-wide: the same counts as db/repos/login-attempts.repo.ts, over the
 * central login_attempts table, so a wrong password typed on seat A counts on seat B.
 */
import { sql, type Kysely } from 'kysely';
import type { SharedSchema } from '../shared-schema';
import type { FailureCount } from '../../db/repos/login-attempts.repo';

type Central = Kysely<SharedSchema>;

/** Failures since the last success or unlock; pending ones count, throttled ones do not. */
export async function centralLoginFailures(db: Central, login: string): Promise<FailureCount> {
  const { rows } = await sql<{ n: number; last: string | null }>`
    SELECT count(*)::int AS n, max(at) AS last FROM login_attempts
    WHERE lower(login) = lower(${login}) AND success = 0 AND coalesce(reason, '') <> 'throttled'
      AND id > coalesce(
        (SELECT max(id) FROM login_attempts WHERE lower(login) = lower(${login}) AND success = 1), 0)
  `.execute(db);
  const row = rows[0];
  return { count: row?.n ?? 0, lastAt: row?.last ?? null };
}

export async function centralSourceFailures(
  db: Central,
  source: string,
  sinceIso: string,
): Promise<FailureCount> {
  const { rows } = await sql<{ n: number; last: string | null }>`
    SELECT count(*)::int AS n, max(at) AS last FROM login_attempts
    WHERE source = ${source} AND at >= ${sinceIso} AND success = 0 AND coalesce(reason, '') <> 'throttled'
  `.execute(db);
  const row = rows[0];
  return { count: row?.n ?? 0, lastAt: row?.last ?? null };
}

export async function centralInsertAttempt(
  db: Central,
  a: { login: string; source: string; at: string; success: boolean; reason: string | null },
): Promise<number> {
  const row = await db
    .insertInto('login_attempts')
    .values({ login: a.login, source: a.source, at: a.at, success: a.success ? 1 : 0, reason: a.reason })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function centralSettleAttempt(
  db: Central,
  id: number,
  success: boolean,
  reason: string | null,
): Promise<void> {
  await db
    .updateTable('login_attempts')
    .set({ success: success ? 1 : 0, reason })
    .where('id', '=', id)
    .execute();
}

/**
 * Serializes the reservations of one login and of one source across every seat (the SQLite
 * path uses an immediate transaction): parallel guesses on two seats see each other. Always
 * login first, then source, so two reservations never wait on each other in a cycle.
 */
export async function lockAttempts(db: Central, login: string, source: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${'login:' + login.toLowerCase()}))`.execute(db);
  await sql`SELECT pg_advisory_xact_lock(hashtext(${'source:' + source}))`.execute(db);
}
