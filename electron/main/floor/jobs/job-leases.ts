/**
 * Jobs once per floor: the seat that holds a job's lease row in the central database runs it;
 * the others stand by and take over when the lease expires (the holder was turned off or died
 * mid-run), resuming from the job's central checkpoints. Each takeover increments the fencing
 * token; a holder's checkpoint writes check it inside their transaction, so a seat that froze
 * and woke up after losing the lease writes nothing. In embedded mode the one desktop is
 * always the holder and nothing is asked of any database.
 */
import { sql, type Kysely } from 'kysely';
import { AppFailure } from '../../../../shared/ipc/result';
import type { InstallIdentity } from '../../db/repos/sync-host.repo';
import { log } from '../../log';
import { floorKysely } from '../floor-db';
import type { FloorLink } from '../floor-link';
import type { SharedSchema } from '../shared-schema';

export interface JobLeaseTuning {
  /** How long a lease lives without a renewal (a dead holder is replaced after this). */
  leaseMs: number;
  renewEveryMs: number;
  /** How often a standing-by seat looks again. */
  pollMs: number;
  /** A seat that is not the preferred sender waits this long before competing. */
  preferenceGraceMs: number;
  /** A seat stops standing by (a failed run) after this long without the job being done. */
  standbyMaxMs: number;
}

export const DEFAULT_JOB_LEASE: JobLeaseTuning = {
  leaseMs: 60_000,
  renewEveryMs: 15_000,
  pollMs: 10_000,
  preferenceGraceMs: 120_000,
  standbyMaxMs: 6 * 3_600_000,
};

export interface JobLease {
  readonly mode: 'embedded' | 'floor';
  readonly job: string;
  /** Fencing token of this holding (0 in embedded mode). */
  readonly token: number;
  readonly holder: InstallIdentity;
  /** Aborted when the lease is lost or the caller's signal aborts. */
  readonly signal: AbortSignal;
  /** Inside a central transaction: throws floor.leaseLost when another seat took over. */
  fence(trx: Kysely<SharedSchema>): Promise<void>;
}

export interface DoneElsewhere {
  installId: string;
  machineName: string;
  at: string;
}

export type OncePerFloorResult<T> = { ran: true; value: T } | { ran: false; doneBy: DoneElsewhere };

export interface OncePerFloorOptions {
  /** The slot served (e.g. the business date): once a seat finishes it, the others stop. Null: run regardless. */
  slot: string | null;
  signal?: AbortSignal;
  /** Another seat is the preferred sender: give it `preferenceGraceMs` first. */
  preferOther?: boolean;
}

export interface JobLeases {
  runOncePerFloor<T>(
    job: string,
    fn: (lease: JobLease) => Promise<T>,
    opts: OncePerFloorOptions,
  ): Promise<OncePerFloorResult<T>>;
}

export interface JobLeaseDeps {
  floor: () => FloorLink;
  me: () => InstallIdentity;
  tuning: () => JobLeaseTuning;
  now: () => Date;
}

const leaseLost = (holder: string | null) => new AppFailure('floor.leaseLost', { holder });

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AppFailure('floor.standbyInterrupted'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AppFailure('floor.standbyInterrupted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A pg failure (server down, network) becomes the pt-BR "sem conexão" failure; ours pass through. */
async function central<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof AppFailure) throw e;
    log.warn('banco central inacessível para a rotina', e);
    throw new AppFailure('floor.jobUnreachable');
  }
}

export function createJobLeases(deps: JobLeaseDeps): JobLeases {
  const embeddedLease = (job: string, signal: AbortSignal): JobLease => ({
    mode: 'embedded',
    job,
    token: 0,
    holder: deps.me(),
    signal,
    fence: () => Promise.resolve(),
  });

  async function tryAcquire(
    db: Kysely<SharedSchema>,
    job: string,
    me: InstallIdentity,
  ): Promise<number | null> {
    const ms = deps.tuning().leaseMs;
    const row = await db
      .insertInto('job_leases')
      .values({
        job,
        holder: me.installId,
        holder_name: me.machineName,
        fencing_token: 1,
        acquired_at: deps.now().toISOString(),
        expires_at: sql<Date>`now() + ${ms} * interval '1 millisecond'`,
        released_at: null,
      } as never)
      .onConflict((oc) =>
        // Free, expired, or left by an earlier process of this same seat.
        oc.column('job').doUpdateSet({
          holder: sql<string>`excluded.holder`,
          holder_name: sql<string>`excluded.holder_name`,
          fencing_token: sql<number>`job_leases.fencing_token + 1`,
          acquired_at: sql<string>`excluded.acquired_at`,
          expires_at: sql<Date>`excluded.expires_at`,
          released_at: null,
        } as never).where(sql<boolean>`job_leases.released_at IS NOT NULL OR job_leases.expires_at < now()
            OR job_leases.holder = excluded.holder`),
      )
      .returning('fencing_token')
      .executeTakeFirst();
    return row ? row.fencing_token : null;
  }

  const slotDone = (db: Kysely<SharedSchema>, job: string, slot: string) =>
    db
      .selectFrom('job_slots_done')
      .select(['done_by', 'done_by_name', 'done_at'])
      .where('job', '=', job)
      .where('slot', '=', slot)
      .executeTakeFirst();

  const currentHolder = async (db: Kysely<SharedSchema>, job: string) =>
    (await db.selectFrom('job_leases').select('holder_name').where('job', '=', job).executeTakeFirst())
      ?.holder_name ?? null;

  /** Renews every renewEveryMs; aborts `lost` when a renewal finds another holder or cannot reach the server in time. */
  function keepRenewed(db: Kysely<SharedSchema>, job: string, token: number, lost: AbortController) {
    const t = deps.tuning();
    let lastOk = Date.now();
    const timer = setInterval(() => {
      db.updateTable('job_leases')
        .set({ expires_at: sql<Date>`now() + ${t.leaseMs} * interval '1 millisecond'` } as never)
        .where('job', '=', job)
        .where('fencing_token', '=', token)
        .where('released_at', 'is', null)
        .executeTakeFirst()
        .then((r) => {
          if (Number(r.numUpdatedRows) === 1) lastOk = Date.now();
          else lost.abort(leaseLost(null));
        })
        .catch(() => {
          if (Date.now() - lastOk >= t.leaseMs) lost.abort(leaseLost(null));
        });
    }, t.renewEveryMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  async function holdAndRun<T>(
    db: Kysely<SharedSchema>,
    job: string,
    token: number,
    me: InstallIdentity,
    fn: (lease: JobLease) => Promise<T>,
    opts: OncePerFloorOptions,
  ): Promise<T> {
    const lost = new AbortController();
    const signal = opts.signal ? AbortSignal.any([opts.signal, lost.signal]) : lost.signal;
    const stop = keepRenewed(db, job, token, lost);
    const lease: JobLease = {
      mode: 'floor',
      job,
      token,
      holder: me,
      signal,
      async fence(trx) {
        const row = await trx
          .selectFrom('job_leases')
          .select(['fencing_token', 'holder_name'])
          .where('job', '=', job)
          .forShare()
          .executeTakeFirst();
        if (row?.fencing_token !== token) {
          lost.abort(leaseLost(row?.holder_name ?? null));
          throw leaseLost(row?.holder_name ?? null);
        }
      },
    };
    let value: T;
    try {
      value = await fn(lease);
    } catch (e) {
      stop();
      // A seat that lost the lease leaves it to the new holder and says so.
      if (lost.signal.aborted) throw lost.signal.reason as AppFailure;
      // Otherwise (a failure, the app closing) it frees the lease so another seat may go at once.
      await release(db, job, token, me, null).catch(() => undefined);
      throw e;
    }
    stop();
    await central(() => release(db, job, token, me, opts.slot));
    return value;
  }

  /** Frees the lease (and records the slot done) only while this holding is the current one. */
  async function release(
    db: Kysely<SharedSchema>,
    job: string,
    token: number,
    me: InstallIdentity,
    slot: string | null,
  ): Promise<void> {
    await db.transaction().execute(async (trx) => {
      const freed = await trx
        .updateTable('job_leases')
        .set({ released_at: deps.now().toISOString(), expires_at: sql<Date>`now()` } as never)
        .where('job', '=', job)
        .where('fencing_token', '=', token)
        .executeTakeFirst();
      if (Number(freed.numUpdatedRows) !== 1) throw leaseLost(await currentHolder(trx, job));
      if (slot === null) return;
      await trx
        .insertInto('job_slots_done')
        .values({
          job,
          slot,
          done_by: me.installId,
          done_by_name: me.machineName,
          fencing_token: token,
          done_at: deps.now().toISOString(),
        })
        .onConflict((oc) => oc.columns(['job', 'slot']).doNothing())
        .execute();
    });
  }

  return {
    async runOncePerFloor(job, fn, opts) {
      const link = deps.floor();
      if (!link.pool) {
        return {
          ran: true,
          value: await fn(embeddedLease(job, opts.signal ?? new AbortController().signal)),
        };
      }
      const db = floorKysely<SharedSchema>(link.pool);
      const me = deps.me();
      const t = deps.tuning();
      const deadline = Date.now() + t.standbyMaxMs;
      let graceUntil = opts.preferOther ? Date.now() + t.preferenceGraceMs : 0;
      for (;;) {
        if (opts.slot !== null) {
          const done = await central(() => slotDone(db, job, opts.slot as string));
          if (done)
            return {
              ran: false,
              doneBy: { installId: done.done_by, machineName: done.done_by_name, at: done.done_at },
            };
        }
        if (Date.now() >= graceUntil) {
          graceUntil = 0;
          const token = await central(() => tryAcquire(db, job, me));
          if (token !== null) {
            // The holder may have finished the slot between our look and the takeover.
            const done =
              opts.slot === null ? undefined : await central(() => slotDone(db, job, opts.slot as string));
            if (!done) return { ran: true, value: await holdAndRun(db, job, token, me, fn, opts) };
            await central(() => release(db, job, token, me, null));
            return {
              ran: false,
              doneBy: { installId: done.done_by, machineName: done.done_by_name, at: done.done_at },
            };
          }
        }
        if (Date.now() >= deadline) {
          const holder = await central(() => currentHolder(db, job));
          throw new AppFailure('floor.standbyTimedOut', { holder: holder ?? '?' });
        }
        await sleep(t.pollMs, opts.signal);
      }
    },
  };
}

/** `core.jobLeases.runOncePerFloor`, for jobs that read better with the core first. */
export const runOncePerFloor = <T>(
  core: { jobLeases: JobLeases },
  job: string,
  fn: (lease: JobLease) => Promise<T>,
  opts: OncePerFloorOptions,
): Promise<OncePerFloorResult<T>> => core.jobLeases.runOncePerFloor(job, fn, opts);
