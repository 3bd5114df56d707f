/**
 * Floor mode: the bureau ledger of every seat lives in the central PostgreSQL. Before a seat's
 * paid call goes out it claims the intent there; the database's unique idempotency key and its
 * one-pending-per-client-and-product index make the second seat's claim fail, so two agents on
 * two desktops never pay twice. The holder renews a lease while it waits for the bureau; a
 * pending row whose holder died is turned `unknown` (maybe billed, never retried), so the
 * client is not blocked forever. In embedded mode nothing here runs.
 */
import os from 'node:os';
import { sql, type Kysely } from 'kysely';
import type { Core } from '../../core-types';
import { AppFailure } from '../../../../shared/ipc/result';
import { closeQuery, getQueryByKey, type BureauQueryRecord } from '../../db/repos/bureau-queries.repo';
import type { SharedSchema } from '../../floor/shared-schema';
import { sharedDb } from '../../floor/floor-link';
import { assertFloorWithinBudget } from './floor-budget';
import { ORPHAN_MESSAGE } from './query-registry';

/** How long a pending claim survives its seat without a renewal (bureau timeouts are shorter). */
export const LEASE_MS = 120_000;
const RENEW_MS = 20_000;

/** Who holds a claim: this host and its data folder (one seat per folder). */
export const seatId = (core: Core): string => `${os.hostname()}:${core.dataDir}`;

const central = (core: Core): Kysely<SharedSchema> | null => (core.floor.pool ? sharedDb(core) : null);

/** Pending rows whose holder stopped renewing become unknown: they may have reached the bureau. */
export async function expireStaleClaims(db: Kysely<SharedSchema>, at: Date): Promise<number> {
  const r = await db
    .updateTable('bureau_queries')
    .set({
      status: 'unknown',
      finished_at: at.toISOString(),
      error_code: 'BUREAU_AMBIGUOUS',
      error_message: ORPHAN_MESSAGE,
      held_by: null,
      lease_until: null,
    })
    .where('status', '=', 'pending')
    .where('lease_until', '<', sql<Date>`now()`)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/**
 * Claims the intent of a freshly written local row on the floor. false: another seat holds a
 * query in flight for the same client and product (or the same key), and nothing may go out.
 */
export async function claimOnFloor(core: Core, row: BureauQueryRecord): Promise<boolean> {
  const db = central(core);
  if (!db) return true;
  await expireStaleClaims(db, core.now());
  const { id: _localId, ...fields } = row;
  const inserted = await db
    .insertInto('bureau_queries')
    .values({
      ...fields,
      held_by: seatId(core),
      lease_until: sql<Date>`now() + ${`${LEASE_MS} milliseconds`}::interval`,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Renews this seat's lease while its call runs; the returned function stops renewing. */
export function holdClaim(core: Core, key: string): () => void {
  const db = central(core);
  if (!db) return () => undefined;
  const timer = setInterval(() => {
    void db
      .updateTable('bureau_queries')
      .set({ lease_until: sql<Date>`now() + ${`${LEASE_MS} milliseconds`}::interval` })
      .where('idempotency_key', '=', key)
      .where('status', '=', 'pending')
      .where('held_by', '=', seatId(core))
      .execute()
      .catch(() => undefined);
  }, RENEW_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Copies what the local row became (status, the full stored result, the summary) to the floor.
 * A row another seat already settled as unknown still takes a late result, as locally.
 */
export async function publishOutcome(core: Core, key: string): Promise<void> {
  const db = central(core);
  const r = getQueryByKey(core.db, key);
  if (!db || !r || r.status === 'pending') return;
  await db
    .updateTable('bureau_queries')
    .set({
      status: r.status,
      finished_at: r.finished_at,
      error_code: r.error_code,
      error_message: r.error_message,
      raw_result: r.raw_result,
      bureau_query_id: r.bureau_query_id,
      score: r.score,
      risk: r.risk,
      classification: r.classification,
      suggested_limit_cents: r.suggested_limit_cents,
      approved: r.approved,
      opinion: r.opinion,
      partial: r.partial,
      receivables_note: r.receivables_note,
      held_by: null,
      lease_until: null,
    })
    .where('idempotency_key', '=', key)
    .where('status', 'in', ['pending', 'unknown'])
    .execute();
}

/** With a blocking budget the floor's month is past: the claim is withdrawn (nothing went out). */
async function budgetRefusal(core: Core, row: BureauQueryRecord): Promise<AppFailure | null> {
  try {
    await assertFloorWithinBudget(core, row.product_id);
    return null;
  } catch (e) {
    if (!(e instanceof AppFailure)) throw e;
    await sharedDb(core)
      .deleteFrom('bureau_queries')
      .where('idempotency_key', '=', row.idempotency_key)
      .where('status', '=', 'pending')
      .execute();
    return e;
  }
}

/**
 * Runs a freshly written local ledger row's call only once the floor granted the claim; a
 * refused or unreachable claim closes the local row as failed (nothing went out, nothing billed).
 */
export async function runClaimed<T>(
  core: Core,
  row: BureauQueryRecord,
  run: () => Promise<T>,
  cancel: () => void,
): Promise<T> {
  if (!central(core)) return run();
  let refusal: AppFailure | null = null;
  try {
    if (!(await claimOnFloor(core, row))) refusal = new AppFailure('credit.queryInProgress');
    else if (row.reused === 0) refusal = await budgetRefusal(core, row);
  } catch {
    refusal = new AppFailure('credit.floorLedgerUnreachable');
  }
  if (refusal) {
    closeQuery(core.db, row.id, 'failed', {
      finishedAt: core.now().toISOString(),
      errorCode: refusal.code,
      errorMessage: refusal.message,
    });
    cancel();
    throw refusal;
  }
  const release = holdClaim(core, row.idempotency_key);
  try {
    return await run();
  } finally {
    release();
    // If the floor cannot take the outcome now, the lease runs out and the other seats see the
    // row as unknown (maybe billed): never lost, never paid again.
    await publishOutcome(core, row.idempotency_key).catch(() => undefined);
  }
}
