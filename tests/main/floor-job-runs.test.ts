/**
 * Floor mode, Configurações → Integração → Log das execuções: every seat lists every seat's runs
 * with who ran them, and downloads another seat's log (two seats, one real PostgreSQL). A run
 * the central database did not get at the time goes with the seat's next write.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setMachineName } from '../../electron/main/db/repos/sync-host.repo';
import { floorKysely } from '../../electron/main/floor/floor-db';
import { joinFloor } from '../../electron/main/floor/floor-link';
import { jobRunsImportStep } from '../../electron/main/floor/import/job-runs.import';
import type { SharedSchema } from '../../electron/main/floor/shared-schema';
import { ACME } from './support/floor-accounts';
import { createTestCore } from './support/test-core';
import { ERP_OUTBOX_JOB } from '../../electron/main/jobs/erp-outbox.job';
import type { IntegrationRunView } from '../../shared/ipc/dto/integration';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';
import { openSeat, removeSeatFolder, type Seat } from './support/floor-replication';

let server: TestPostgres;
const seats: Seat[] = [];

beforeAll(async () => {
  server = await startEmbeddedPostgres();
}, 60_000);
afterAll(async () => server?.stop());
afterEach(async () => {
  for (const s of seats.splice(0)) {
    await s.close();
    removeSeatFolder(s);
  }
});

async function twoSeats(): Promise<{ a: Seat; b: Seat; database: string }> {
  const connection = await server.createDatabase();
  const a = await openSeat(connection, { clients: 20 });
  seats.push(a);
  const b = await openSeat(connection, { clients: 20 });
  seats.push(b);
  setMachineName(a.core.db, 'MESA-A');
  setMachineName(b.core.db, 'MESA-B');
  return { a, b, database: connection.database };
}

/** One real run of the ERP outbox job on the seat, to its end. */
const runOn = async (seat: Seat) => (await seat.core.scheduler.runNow(ERP_OUTBOX_JOB).done).id;

/** The seat's Log das execuções until it holds `n` outbox runs (the copies are written just after the end). */
async function outboxRuns(seat: Seat, session: string, n: number): Promise<IntegrationRunView[]> {
  const until = Date.now() + 5_000;
  for (;;) {
    const page = await seat.value(session, 'integration.runs.list', { limit: 100 });
    const runs = page.runs.filter((r) => r.job === 'erpOutbox' && r.status !== 'running');
    if (runs.length >= n || Date.now() > until) return runs;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('job runs shared by the floor', () => {
  it('each seat lists both seats’ runs with who ran them, and downloads the other seat’s log', async () => {
    const { a, b } = await twoSeats();
    const localA = await runOn(a);
    await runOn(b);
    const admin = await b.login('admin');
    const onB = await outboxRuns(b, admin, 2);
    expect(onB.map((r) => r.ranBy)).toEqual([
      { machineName: 'MESA-B', thisSeat: true },
      { machineName: 'MESA-A', thisSeat: false },
    ]);
    const fromA = onB[1]!;
    const recordA = a.core.db.prepare('SELECT outcome, status FROM job_runs WHERE id = ?').get(localA) as {
      outcome: string;
      status: string;
    };
    expect(fromA.outcome).toBe(recordA.outcome);
    expect(fromA.finishedAt).not.toBeNull();

    // Seat A sees the same list, from its side.
    const onA = await outboxRuns(a, await a.login('admin'), 2);
    expect(onA.map((r) => [r.id, r.ranBy?.machineName, r.ranBy?.thisSeat])).toEqual([
      [onB[0]!.id, 'MESA-B', false],
      [onB[1]!.id, 'MESA-A', true],
    ]);

    const file = await b.value(admin, 'integration.runs.log', { runId: fromA.id });
    expect(file.text).toContain('Executado por: MESA-A');
    expect(file.text).toContain(`Resultado: ${recordA.outcome}`);
    expect(file.fileName).toContain('MESA-A');

    // Paged: the next page after the newest is the older run.
    const first = await b.value(admin, 'integration.runs.list', { limit: 1 });
    expect(first.hasMore).toBe(true);
    const next = await b.value(admin, 'integration.runs.list', { limit: 100, beforeId: first.runs[0]!.id });
    expect(next.runs.map((r) => r.id)).not.toContain(first.runs[0]!.id);
    expect(next.runs.length + 1).toBe(
      (await b.value(admin, 'integration.runs.list', { limit: 100 })).runs.length,
    );
  });

  it('a run the central database never got is sent with the seat’s next run', async () => {
    const { a, b, database } = await twoSeats();
    const missed = await runOn(a);
    const admin = await b.login('admin');
    await outboxRuns(b, admin, 1);
    // As if the central database had been unreachable when the run ended.
    await server.sql(database, 'DELETE FROM floor_job_runs WHERE local_id = $1', [missed]);
    a.core.db.prepare('UPDATE job_runs SET floor_synced = NULL WHERE id = ?').run(missed);
    expect(await outboxRuns(b, admin, 0)).toHaveLength(0);
    await runOn(a);
    const runs = await outboxRuns(b, admin, 2);
    expect(runs).toHaveLength(2);
    expect(runs.every((r) => r.ranBy?.machineName === 'MESA-A')).toBe(true);
  });

  it('the one-time import carries an embedded desktop’s run history, named after it', async () => {
    const t = await createTestCore({ clients: 5 });
    try {
      setMachineName(t.core.db, 'MESA-ANTIGA');
      const local = (await t.core.scheduler.runNow(ERP_OUTBOX_JOB).done).id;
      const connection = await server.createDatabase();
      const link = await joinFloor({ connection, company: ACME }, 'teste import');
      try {
        const central = floorKysely<SharedSchema>(link.pool!);
        const runs = t.core.db.prepare('SELECT count(*) AS n FROM job_runs').get() as { n: number };
        expect(await jobRunsImportStep.run(t.core.db, central)).toEqual({ rows: runs.n });
        const row = await central
          .selectFrom('floor_job_runs')
          .selectAll()
          .where('local_id', '=', local)
          .executeTakeFirstOrThrow();
        expect(row).toMatchObject({ seat_name: 'MESA-ANTIGA', job: ERP_OUTBOX_JOB });
        expect(row.log_text).toContain('Central de Atendimento - log da execução');
        // Again (the desktop also wrote them itself): nothing twice.
        expect(await jobRunsImportStep.run(t.core.db, central)).toEqual({ rows: 0 });
      } finally {
        await link.close();
      }
    } finally {
      t.close();
    }
  });
});
