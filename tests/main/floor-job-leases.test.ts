/**
 * Jobs once per floor on a real PostgreSQL: two seats never run a job at the same time, the
 * one standing by stops once the slot is done, takes over when the holder dies (its lease
 * expires) with a higher fencing token, and the dead holder's late checkpoint is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { floorKysely } from '../../electron/main/floor/floor-db';
import { EMBEDDED, type FloorLink } from '../../electron/main/floor/floor-link';
import { createJobLeases, type JobLease, type JobLeases } from '../../electron/main/floor/jobs/job-leases';
import type { SharedSchema } from '../../electron/main/floor/shared-schema';
import { AppFailure } from '../../shared/ipc/result';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';
import { FAST_LEASES, newFloor } from './support/floor-jobs';

let server: TestPostgres;
const links: FloorLink[] = [];
beforeAll(async () => {
  server = await startEmbeddedPostgres();
}, 60_000);
afterAll(async () => {
  for (const l of links) await l.close().catch(() => undefined);
  await server?.stop();
});

function seat(link: FloorLink, name: string, tuning = FAST_LEASES): JobLeases {
  return createJobLeases({
    floor: () => link,
    me: () => ({ installId: `install-${name}`, machineName: name }),
    tuning: () => tuning,
    now: () => new Date(),
  });
}

async function twoSeats() {
  const floor = await newFloor(server);
  const linkA = await floor.link('A');
  const linkB = await floor.link('B');
  links.push(linkA, linkB);
  return { floor, linkA, linkB, a: seat(linkA, 'CAIXA-01'), b: seat(linkB, 'CAIXA-02') };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A checkpoint write as a job makes it: fenced inside the central transaction. */
async function checkpoint(link: FloorLink, lease: JobLease, slot: string): Promise<void> {
  const db = floorKysely<SharedSchema>(link.pool!);
  await db.transaction().execute(async (trx) => {
    await lease.fence(trx);
    await trx
      .insertInto('job_slots_done')
      .values({
        job: 'checkpoints',
        slot,
        done_by: lease.holder.installId,
        done_by_name: lease.holder.machineName,
        fencing_token: lease.token,
        done_at: new Date().toISOString(),
      })
      .execute();
  });
}

describe('jobs once per floor', () => {
  it('two seats at 01:00: one runs, the other stands by and learns who did it', async () => {
    const { a, b } = await twoSeats();
    let running = 0;
    let maxRunning = 0;
    const work = async () => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await wait(300);
      running -= 1;
      return 'enviado';
    };
    const [ra, rb] = await Promise.all([
      a.runOncePerFloor('receivables', work, { slot: '2026-11-21' }),
      b.runOncePerFloor('receivables', work, { slot: '2026-11-21' }),
    ]);
    expect(maxRunning).toBe(1);
    const ran = [ra, rb].filter((r) => r.ran);
    const stood = [ra, rb].filter((r) => !r.ran);
    expect(ran).toHaveLength(1);
    expect(stood).toHaveLength(1);
    const holder = ra.ran ? 'CAIXA-01' : 'CAIXA-02';
    expect(stood[0]).toMatchObject({ ran: false, doneBy: { machineName: holder } });
    // The next night is a new slot: it runs again (on whichever seat wins).
    const next = await b.runOncePerFloor('receivables', work, { slot: '2026-11-22' });
    expect(next).toEqual({ ran: true, value: 'enviado' });
  });

  it('the holder dies mid-run: the other takes over after expiry and the dead one’s late write is refused', async () => {
    const { floor, linkA, linkB, a, b } = await twoSeats();
    let staleLease: JobLease | null = null;
    let aStarted!: () => void;
    const started = new Promise<void>((r) => (aStarted = r));
    // A takes the lease and then never returns.
    void a
      .runOncePerFloor(
        'receivables',
        async (lease) => {
          staleLease = lease;
          aStarted();
          await new Promise(() => undefined);
        },
        { slot: '2026-11-21' },
      )
      .catch(() => undefined);
    await started;
    // Its connections go with it (the machine is off): no more renewals.
    await linkA.close();
    const t0 = Date.now();
    const tokens: number[] = [staleLease!.token];
    const rb = await b.runOncePerFloor(
      'receivables',
      async (lease) => {
        tokens.push(lease.token);
        await checkpoint(linkB, lease, 'by-b');
        return Date.now() - t0;
      },
      { slot: '2026-11-21' },
    );
    expect(rb.ran).toBe(true);
    // Not before the lease expired.
    expect(rb.ran && rb.value).toBeGreaterThanOrEqual(FAST_LEASES.leaseMs - FAST_LEASES.renewEveryMs);
    expect(tokens[1]).toBeGreaterThan(tokens[0] as number);
    // A wakes up (new connections) and tries to record its own checkpoint with the old token.
    const awake = await floor.link('A-again');
    links.push(awake);
    await expect(checkpoint(awake, staleLease!, 'by-a')).rejects.toMatchObject({
      key: 'floor.leaseLost',
      message: expect.stringContaining('CAIXA-02'),
    });
    const rows = await server.sql(
      floor.join.connection.database,
      "SELECT slot FROM job_slots_done WHERE job = 'checkpoints' ORDER BY slot",
    );
    expect(rows).toEqual([{ slot: 'by-b' }]);
  });

  it('the designated desktop is only preferred: it wins when on, and another seat sends when it is off', async () => {
    const { a, b } = await twoSeats();
    const ran: string[] = [];
    const work = (name: string) => async () => void ran.push(name);
    // B is not the preferred one: it gives A a head start even though it asks first.
    const rb = b.runOncePerFloor('receivables', work('CAIXA-02'), { slot: '2026-11-21', preferOther: true });
    await wait(100);
    const ra = a.runOncePerFloor('receivables', work('CAIXA-01'), { slot: '2026-11-21' });
    expect(await Promise.all([ra, rb])).toMatchObject([
      { ran: true },
      { ran: false, doneBy: { machineName: 'CAIXA-01' } },
    ]);
    // The next night A is off: B still sends, after the grace period.
    const t0 = Date.now();
    expect(
      await b.runOncePerFloor('receivables', work('CAIXA-02'), { slot: '2026-11-22', preferOther: true }),
    ).toMatchObject({
      ran: true,
    });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(FAST_LEASES.preferenceGraceMs);
    expect(ran).toEqual(['CAIXA-01', 'CAIXA-02']);
  });

  it('embedded mode: the one desktop is always the holder, with no database at all', async () => {
    const alone = seat(EMBEDDED, 'CAIXA-01');
    const r = await alone.runOncePerFloor('receivables', async (lease) => lease.token, {
      slot: '2026-11-21',
    });
    expect(r).toEqual({ ran: true, value: 0 });
  });

  it('an unreachable central database is a failure with the pt-BR reason, never a silent skip', async () => {
    const floor = await newFloor(server);
    const link = await floor.link('C');
    await link.close();
    const err = await seat(link, 'CAIXA-03')
      .runOncePerFloor('receivables', async () => 'x', { slot: '2026-11-21' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppFailure);
    expect((err as AppFailure).message).toMatch(/Sem conexão com o banco central/);
  });
});
