/**
 * The ERP sync once per floor: two seats on one real PostgreSQL fire their daily sync at the
 * same minute; the ERP is read once, by the seat that got the lease, and the other records who
 * synced instead of costing the ERP a second full read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/ipc/dto/auth';
import { setMachineName } from '../../electron/main/db/repos/sync-host.repo';
import type { DailyTrigger } from '../../electron/main/jobs/daily-trigger';
import { ERP_SYNC_JOB, erpSyncJob } from '../../electron/main/jobs/erp-sync.job';
import { createScheduler, type Scheduler } from '../../electron/main/jobs/scheduler';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { waitForRuns } from './receivables-fixture';
import { FAST_LEASES, floorJoin } from './support/floor-jobs';
import { createTestCore, type TestCore } from './support/test-core';

let server: TestPostgres;
let erp: ErpSimulatorHandle;
const cores: TestCore[] = [];
const schedulers: Scheduler[] = [];

beforeAll(async () => {
  server = await startEmbeddedPostgres();
  erp = await startErpSimulator({ clients: 50, titles: 200 });
}, 60_000);
afterAll(async () => {
  for (const s of schedulers) await s.stop();
  for (const t of cores) t.close();
  await erp?.stop();
  await server?.stop();
});

describe('ERP sync once per floor', () => {
  it('two seats at the sync time: the ERP is read once and the other seat names who synced', async () => {
    const database = await server.createDatabase();
    const fires: (() => void)[] = [];
    const trigger: DailyTrigger = (_hhmm, fire) => {
      fires.push(fire);
      return () => undefined;
    };
    const seats = [];
    for (const name of ['CAIXA-01', 'CAIXA-02']) {
      const t = await createTestCore({
        clients: 20,
        options: { floor: floorJoin(database), tuning: { jobLeases: FAST_LEASES } },
      });
      cores.push(t);
      setMachineName(t.core.db, name);
      const admin = await t.loginAs('admin');
      const saved = await t.call(admin, 'erp.settings.save', {
        baseUrl: erp.url,
        token: erp.token,
        syncTime: '00:00',
      });
      expect(saved.ok).toBe(true);
      const s = createScheduler({ db: t.core.db, trigger });
      s.register(erpSyncJob(t.core));
      s.start();
      schedulers.push(s);
      seats.push(t);
    }
    const before = erp.requests().length;
    for (const fire of fires) fire();
    for (const t of seats) await waitForRuns(t.core.db, ERP_SYNC_JOB, 1, 60_000);

    const outcomes = seats.map(
      (t) =>
        t.core.db.prepare('SELECT status, outcome FROM job_runs WHERE job = ?').get(ERP_SYNC_JOB) as {
          status: string;
          outcome: string;
        },
    );
    expect(outcomes.map((o) => o.status)).toEqual(['success', 'success']);
    const synced = outcomes.filter((o) => /Executado por este computador/.test(o.outcome));
    const stood = outcomes.filter((o) => /aguardou como reserva/.test(o.outcome));
    expect(synced).toHaveLength(1);
    expect(stood).toHaveLength(1);
    const syncer = synced[0]?.outcome.match(/"(CAIXA-0\d)"/)?.[1];
    expect(stood[0]?.outcome).toBe(`Sincronizado por "${syncer}"; este computador aguardou como reserva.`);
    // One read of each ERP table, not one per seat.
    const reads = erp
      .requests()
      .slice(before)
      .filter((r) => r.method === 'GET' && r.path.startsWith('/v1/tabelas/'))
      .map((r) => r.path);
    expect(reads).toContain('/v1/tabelas/empresa');
    expect(reads).toHaveLength(new Set(reads).size);
  }, 120_000);

  it('"Sincronizar agora" clicked on one seat is in the other seat\'s Auditoria, naming the computer', async () => {
    const database = await server.createDatabase();
    const seats: TestCore[] = [];
    for (const name of ['MESA-1', 'MESA-2']) {
      const t = await createTestCore({ clients: 5, options: { floor: floorJoin(database) } });
      cores.push(t);
      setMachineName(t.core.db, name);
      seats.push(t);
    }
    const [a, b] = seats as [TestCore, TestCore];
    const onA = await a.loginAs('admin');
    expect(
      (await a.call(onA, 'erp.settings.save', { baseUrl: erp.url, token: erp.token, syncTime: '00:00' })).ok,
    ).toBe(true);
    const started = await a.call(onA, 'erp.sync.runNow', {});
    if (!started.ok) throw new Error(started.error.message);
    await waitForRuns(a.core.db, ERP_SYNC_JOB, 1, 60_000);

    const onB = await b.loginAs('admin');
    const until = Date.now() + 5_000;
    let rows: AuditEntry[] = [];
    while (Date.now() < until) {
      const r = await b.call(onB, 'audit.list', { entity: 'erp_sync', offset: 0, limit: 5 });
      rows = r.ok ? r.value.rows : [];
      if (rows.length > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'Sincronização com o ERP iniciada manualmente (Sincronizar agora)',
      subject: `Sincronização com o ERP nº ${started.value.runId}`,
    });
    expect(JSON.stringify(rows[0]?.changes)).toContain('MESA-1');
  }, 120_000);
});
