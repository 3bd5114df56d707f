/**
 * ERP data through the central database (issue 18 item 6), on a real PostgreSQL and a real ERP
 * simulator that counts requests: one sync reads the ERP once and every seat's cache fills from
 * the central rows with the sync's own writers; a seat joining later fills with no ERP request;
 * a seat cut from the central database keeps its cache and catches up; a holder that dies
 * mid-sync is continued by the next one from the central cursors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/main/db/connection';
import { setMachineName } from '../../electron/main/db/repos/sync-host.repo';
import { createCentralErpSink } from '../../electron/main/floor/erp/central-erp';
import type { ErpFollowerTuning } from '../../electron/main/floor/erp/erp-follower';
import type { DailyTrigger } from '../../electron/main/jobs/daily-trigger';
import { ERP_SYNC_JOB, erpSyncJob } from '../../electron/main/jobs/erp-sync.job';
import { createScheduler, type Scheduler } from '../../electron/main/jobs/scheduler';
import { requireErpGateway } from '../../electron/main/services/erp/erp-config';
import { runErpSync } from '../../electron/main/services/erp/erp-sync.service';
import { SYNC_HISTORY_ACTION } from '../../electron/main/services/erp/erp-sync-client-guard';
import type { FloorConnectionSettings } from '../../electron/main/floor/floor-db';
import { refreshSharedSettings } from '../../electron/main/floor/settings/shared-settings';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { waitForRuns } from './receivables-fixture';
import { startRelay, type CuttableRelay } from './support/floor-accounts';
import { FAST_LEASES, floorJoin } from './support/floor-jobs';
import { detailsFields } from './support/details-fields';
import { createTestCore, type TestCore } from './support/test-core';

let server: TestPostgres;
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  server = await startEmbeddedPostgres();
}, 60_000);
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  await server?.stop();
});

interface SeenEvent {
  event: string;
  payload: unknown;
}

interface ErpSeat {
  t: TestCore;
  events: SeenEvent[];
  scheduler: Scheduler;
  fires: (() => void)[];
}

async function startErp(opts: { clients: number; titles: number }): Promise<ErpSimulatorHandle> {
  const erp = await startErpSimulator(opts);
  cleanups.push(() => erp.stop());
  return erp;
}

/** A seat with an empty ERP cache (no demo clients), its own scheduler and its events. */
async function openSeat(
  connection: FloorConnectionSettings,
  name: string,
  erpFollower?: Partial<ErpFollowerTuning>,
): Promise<ErpSeat> {
  const t = await createTestCore({
    clients: 0,
    options: { floor: floorJoin(connection), tuning: { jobLeases: FAST_LEASES, erpFollower } },
  });
  cleanups.push(() => t.close());
  setMachineName(t.core.db, name);
  const events: SeenEvent[] = [];
  t.core.events.subscribe((event, payload) => void events.push({ event, payload }));
  const fires: (() => void)[] = [];
  const trigger: DailyTrigger = (_hhmm, fire) => {
    fires.push(fire);
    return () => undefined;
  };
  const scheduler = createScheduler({ db: t.core.db, trigger });
  scheduler.register(erpSyncJob(t.core));
  scheduler.start();
  cleanups.push(() => scheduler.stop());
  return { t, events, scheduler, fires };
}

async function configureErp(seat: ErpSeat, erp: ErpSimulatorHandle): Promise<void> {
  const admin = await seat.t.loginAs('admin');
  const saved = await seat.t.call(admin, 'erp.settings.save', {
    baseUrl: erp.url,
    token: erp.token,
    syncTime: '00:00',
  });
  expect(saved.ok).toBe(true);
}

const tableReads = (erp: ErpSimulatorHandle, from: number) =>
  erp
    .requests()
    .slice(from)
    .filter((r) => r.method === 'GET' && r.path.startsWith('/v1/tabelas/'));

/** What the ERP put in a cache, by query: local ids and timestamps of this seat left out. */
const LOCAL_ONLY = new Set(['id', 'client_id', 'order_id', 'created_at', 'updated_at', 'abc_class']);
function erpCache(db: Db): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const table of ['clients', 'receivables', 'erp_records', 'credit_orders', 'credit_order_items']) {
    const rows = db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
    out[table] = rows
      .map((r) =>
        JSON.stringify(Object.entries(r).filter(([k]) => !LOCAL_ONLY.has(k) && !k.startsWith('abc'))),
      )
      .sort();
  }
  return out;
}

const counts = (db: Db) =>
  Object.fromEntries(Object.entries(erpCache(db)).map(([table, rows]) => [table, rows.length]));

async function until(what: string, ok: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`esperava: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const sameCache = (a: ErpSeat, b: ErpSeat) => () =>
  JSON.stringify(erpCache(a.t.core.db)) === JSON.stringify(erpCache(b.t.core.db));

/** Waits until both caches hold the same ERP rows; the error names the first differences. */
async function untilSameCache(what: string, a: ErpSeat, b: ErpSeat, timeoutMs = 20_000): Promise<void> {
  try {
    await until(what, sameCache(a, b), timeoutMs);
  } catch {
    const [x, y] = [erpCache(a.t.core.db), erpCache(b.t.core.db)];
    const only = (p: string[], q: string[]) => p.filter((r) => !q.includes(r)).slice(0, 2);
    const diff = Object.keys(x)
      .filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]))
      .map(
        (k) =>
          `${k}: ${x[k]?.length} x ${y[k]?.length} ${only(x[k] ?? [], y[k] ?? [])} | ${only(y[k] ?? [], x[k] ?? [])}`,
      );
    throw new Error(`esperava: ${what}\n${diff.join('\n')}`);
  }
}

const clientIdOf = (db: Db, erpCode: string) =>
  db.prepare('SELECT id FROM clients WHERE erp_code = ?').pluck().get(erpCode) as number;

/** The scheduled sync of both seats at the same minute; returns the seat that read the ERP. */
async function scheduledSync(seats: ErpSeat[], runsEach: number): Promise<ErpSeat> {
  // Every seat has the shared ERP settings (saved on one), and arms its daily sync with them.
  for (const s of seats) {
    await refreshSharedSettings(s.t.core);
    s.scheduler.reschedule();
  }
  for (const s of seats) for (const fire of s.fires.splice(0)) fire();
  for (const s of seats) await waitForRuns(s.t.core.db, ERP_SYNC_JOB, runsEach, 60_000);
  const holder = seats.find((s) =>
    /Executado por este computador/.test(
      s.t.core.db
        .prepare('SELECT outcome FROM job_runs WHERE job = ? ORDER BY id DESC LIMIT 1')
        .pluck()
        .get(ERP_SYNC_JOB) as string,
    ),
  );
  expect(holder).toBeDefined();
  return holder as ErpSeat;
}

describe('ERP data through the central database', () => {
  it('one sync reads the ERP once; the other seat has the same cache, its open client hears, its pending edit stays', async () => {
    const erp = await startErp({ clients: 40, titles: 160 });
    const database = await server.createDatabase();
    const a = await openSeat(database, 'CAIXA-01');
    const b = await openSeat(database, 'CAIXA-02');
    await configureErp(a, erp);
    await b.t.core.replicator.pullNow();

    const before = erp.requests().length;
    const holder = await scheduledSync([a, b], 1);
    const other = holder === a ? b : a;
    const reads = tableReads(erp, before).map((r) => `${r.path}?${JSON.stringify(r.query)}`);
    expect(reads.length).toBeGreaterThan(0);
    // Every page of every table once: one sync for the floor, not one per seat.
    expect(reads).toHaveLength(new Set(reads).size);

    await untilSameCache('a segunda estação com o mesmo cache do ERP', holder, other);
    expect(counts(other.t.core.db).clients).toBeGreaterThanOrEqual(40);
    expect(counts(other.t.core.db).receivables).toBeGreaterThanOrEqual(160);
    expect(counts(other.t.core.db).credit_orders).toBeGreaterThan(0);
    // Filled from the central database, the seat counts as synced (its cursors are the floor's).
    const done = other.t.core.db
      .prepare('SELECT count(*) FROM erp_sync_cursors WHERE last_completed_at IS NOT NULL')
      .pluck()
      .get() as number;
    expect(done).toBe(reads.length > 0 ? new Set(tableReads(erp, before).map((r) => r.path)).size : 0);

    // The other seat's agent edits one client's site; the write-back cannot reach the ERP yet.
    const [edited, changed] = (
      other.t.core.db
        .prepare('SELECT erp_code FROM clients ORDER BY erp_code LIMIT 2')
        .pluck()
        .all() as string[]
    ).map((code) => ({ code, id: clientIdOf(other.t.core.db, code) }));
    erp.setFault('clientes', { kind: 'status', status: 503 });
    const agent = await other.t.loginAs('admin');
    const current = await other.t.call(agent, 'clients.get', { id: edited!.id });
    if (!current.ok) throw new Error(current.error.message);
    const update = await other.t.call(agent, 'clientDetails.update', {
      clientId: edited!.id,
      fields: detailsFields(current.value, { site: 'https://site-do-agente.example' }),
    });
    expect(update.ok).toBe(true);

    // In the ERP both clients change (the edited one in another field); the holder syncs again.
    erp.changeClient(edited!.code, { razaoSocial: 'Razão Editada no ERP Ltda' });
    erp.changeClient(changed!.code, { razaoSocial: 'Outra Razão do ERP Ltda' });
    const mark = other.events.length;
    const before2 = erp.requests().length;
    holder.scheduler.runNow(ERP_SYNC_JOB);
    await waitForRuns(holder.t.core.db, ERP_SYNC_JOB, 2, 60_000);
    expect(tableReads(erp, before2).length).toBeGreaterThan(0);
    const legalName = (id: number) =>
      other.t.core.db.prepare('SELECT legal_name FROM clients WHERE id = ?').pluck().get(id) as string;
    await until(
      'o cliente alterado no ERP chega à outra estação',
      () => legalName(changed!.id) === 'Outra Razão do ERP Ltda',
    );
    await until(
      'o cliente editado recebe a razão do ERP',
      () => legalName(edited!.id) === 'Razão Editada no ERP Ltda',
    );

    // The open client screen hears about its client.
    await until('client.changed do cliente aberto', () =>
      other.events
        .slice(mark)
        .some(
          (e) =>
            e.event === 'client.changed' &&
            (e.payload as { clientId: number | null; parts: string[] }).clientId === changed!.id &&
            (e.payload as { parts: string[] }).parts.includes('register'),
        ),
    );
    // The pending edit is not reverted by the replicated page.
    const site = other.t.core.db.prepare('SELECT site FROM clients WHERE id = ?').pluck().get(edited!.id);
    expect(site).toBe('https://site-do-agente.example');
    const pending = other.t.core.db
      .prepare("SELECT state FROM client_erp_edits WHERE client_id = ? AND target = 'client'")
      .pluck()
      .get(edited!.id);
    expect(pending).toBe('pending');
    // One "Atualizado pelo ERP" in the client's Histórico on this seat, however the row arrived.
    const history = (db: Db, id: number) =>
      db
        .prepare("SELECT count(*) FROM audit_log WHERE entity = 'client' AND entity_id = ? AND action = ?")
        .pluck()
        .get(String(id), SYNC_HISTORY_ACTION) as number;
    expect(history(other.t.core.db, changed!.id)).toBe(1);
    expect(history(holder.t.core.db, clientIdOf(holder.t.core.db, changed!.code))).toBe(1);
    erp.clearFaults();
  }, 120_000);

  it('the holder writes each ERP row into its own cache once, and its run ends with that cache complete', async () => {
    const erp = await startErp({ clients: 30, titles: 90 });
    const database = await server.createDatabase();
    const a = await openSeat(database, 'CAIXA-01');
    await configureErp(a, erp);
    // Counts every write to the cache's receivables, whichever connection (worker or main) makes it.
    a.t.core.db.exec(`
      CREATE TABLE test_receivable_writes (n INTEGER);
      CREATE TRIGGER test_receivable_insert AFTER INSERT ON receivables BEGIN INSERT INTO test_receivable_writes VALUES (1); END;
      CREATE TRIGGER test_receivable_update AFTER UPDATE ON receivables BEGIN INSERT INTO test_receivable_writes VALUES (1); END;`);
    await scheduledSync([a], 1);
    const stored = a.t.core.db.prepare('SELECT count(*) FROM receivables').pluck().get() as number;
    expect(stored).toBeGreaterThanOrEqual(90);
    const writes = () => a.t.core.db.prepare('SELECT count(*) FROM test_receivable_writes').pluck().get();
    expect(writes()).toBe(stored);
    // Nothing left for its follower to apply a second time.
    await a.t.core.erpFollower.pullNow();
    expect(writes()).toBe(stored);
  }, 120_000);

  it('a seat joining later fills its cache from the central database with no ERP request', async () => {
    const erp = await startErp({ clients: 30, titles: 90 });
    const database = await server.createDatabase();
    const a = await openSeat(database, 'CAIXA-01');
    await configureErp(a, erp);
    await scheduledSync([a], 1);
    const before = erp.requests().length;
    const c = await openSeat(database, 'CAIXA-03');
    await untilSameCache('a nova estação com o cache do ERP', a, c);
    expect(counts(c.t.core.db).receivables).toBeGreaterThanOrEqual(90);
    expect(erp.requests().slice(before)).toEqual([]);
  }, 120_000);

  it('a long first fill runs on a worker thread; killed midway, the next pull completes it with no ERP request', async () => {
    const erp = await startErp({ clients: 40, titles: 400 });
    const database = await server.createDatabase();
    const a = await openSeat(database, 'CAIXA-01');
    await configureErp(a, erp);
    await scheduledSync([a], 1);
    const before = erp.requests().length;
    // Pages of 5 central rows: the backlog is a hundred pages, so the seat hands it to a worker.
    const c = await openSeat(database, 'CAIXA-04', { pageSize: 5, applyBatchRows: 2 });
    const progressOf = (seat: ErpSeat) =>
      seat.events.filter(
        (e) => e.event === 'job.progress' && (e.payload as { task: string }).task === 'erp-follow',
      );
    // Killed at its first progress report (one page applied); what it applied stays.
    let killed: Promise<unknown> | null = null;
    c.t.core.events.subscribe((event, payload) => {
      if (killed || event !== 'job.progress' || (payload as { task: string }).task !== 'erp-follow') return;
      const running = [...c.t.core.state.jobWorkers].find((w) => w.task === 'erp-follow');
      if (running) killed = running.worker.terminate().then(() => running.done.catch(() => undefined));
    });
    await until('o preenchimento inicial num worker, interrompido', () => killed !== null);
    await killed;
    expect(progressOf(c).some((e) => (e.payload as { state: string }).state === 'failed')).toBe(true);
    const cursorAtKill = c.t.core.erpFollower.cursor();
    expect(cursorAtKill).toBeGreaterThan(0);
    await c.t.core.erpFollower.pullNow();
    await untilSameCache('a estação completa depois do worker interrompido', a, c);
    expect(c.t.core.erpFollower.cursor()).toBeGreaterThan(cursorAtKill);
    expect(progressOf(c).some((e) => (e.payload as { state: string }).state === 'done')).toBe(true);
    expect(erp.requests().slice(before)).toEqual([]);
  }, 120_000);

  it('central database down while following: the seat keeps its cache and catches up afterwards', async () => {
    const erp = await startErp({ clients: 30, titles: 90 });
    const database = await server.createDatabase();
    const relay: CuttableRelay = await startRelay(database);
    cleanups.push(() => relay.stop());
    const a = await openSeat(database, 'CAIXA-01');
    const b = await openSeat(relay.settings, 'CAIXA-02');
    await configureErp(a, erp);
    await scheduledSync([a, b], 1);
    await untilSameCache('cache igual antes do corte', a, b);
    const kept = erpCache(b.t.core.db);

    relay.cut();
    const code = b.t.core.db
      .prepare('SELECT erp_code FROM clients ORDER BY erp_code LIMIT 1')
      .pluck()
      .get() as string;
    erp.changeClient(code, { razaoSocial: 'Mudou Sem o Banco Central Ltda' });
    erp.payTitle(
      b.t.core.db.prepare('SELECT erp_key FROM receivables ORDER BY erp_key LIMIT 1').pluck().get() as string,
    );
    a.scheduler.runNow(ERP_SYNC_JOB);
    await waitForRuns(a.t.core.db, ERP_SYNC_JOB, 2, 60_000);
    await new Promise((r) => setTimeout(r, 500));
    // Still readable, exactly as it was.
    expect(erpCache(b.t.core.db)).toEqual(kept);

    relay.restore();
    await untilSameCache('a estação alcança o banco central', a, b, 30_000);
    const name = b.t.core.db.prepare('SELECT legal_name FROM clients WHERE erp_code = ?').pluck().get(code);
    expect(name).toBe('Mudou Sem o Banco Central Ltda');
  }, 120_000);

  it('the holder dies mid-sync: the next holder continues from the central cursors and every seat ends identical', async () => {
    const erp = await startErp({ clients: 120, titles: 600 });
    const database = await server.createDatabase();
    const a = await openSeat(database, 'CAIXA-01');
    const b = await openSeat(database, 'CAIXA-02');
    const c = await openSeat(database, 'CAIXA-03');
    await configureErp(a, erp);
    await b.t.core.replicator.pullNow();

    // A reads the ERP in pages of 50 and dies (its connection to the central database gone,
    // its lease unrenewed) after its 6th stored page, in the middle of the receivables.
    const gateway = await requireErpGateway(a.t.core);
    let pages = 0;
    let died!: () => void;
    const dead = new Promise<void>((r) => (died = r));
    const before = erp.requests().length;
    const aRun = a.t.core.jobLeases
      .runOncePerFloor(
        ERP_SYNC_JOB,
        async (lease) => {
          const sink = createCentralErpSink(a.t.core, lease);
          return runErpSync(a.t.core, gateway, {
            runId: null,
            pageSize: 50,
            signal: lease.signal,
            central: {
              cursor: (table) => sink.cursor(table),
              async storePage(page) {
                if (pages === 6) {
                  died();
                  await new Promise(() => undefined);
                }
                await sink.storePage(page);
                pages += 1;
              },
            },
          });
        },
        { slot: null },
      )
      .catch((e: unknown) => e);
    await dead;
    const readByA = tableReads(erp, before).length;
    await a.t.core.floor.close();

    // B's manual sync waits for the lease (expired: no renewal reaches the server) and continues.
    const beforeB = erp.requests().length;
    b.scheduler.runNow(ERP_SYNC_JOB);
    await waitForRuns(b.t.core.db, ERP_SYNC_JOB, 1, 60_000);
    const run = b.t.core.db.prepare('SELECT status FROM job_runs WHERE job = ?').pluck().get(ERP_SYNC_JOB);
    expect(run).toBe('success');
    const byB = tableReads(erp, beforeB);
    // Not a second full read: the tables A finished are read once more incrementally (changed
    // since their cursor), the one A was in resumes at its next page.
    expect(byB.filter((r) => r.path === '/v1/tabelas/empresa').length).toBe(1);
    expect(byB.find((r) => r.path === '/v1/tabelas/empresa')?.query.alteradoDesde).toBeTruthy();
    const firstFatura = byB.find((r) => r.path === '/v1/tabelas/fatura');
    expect(Object.values(firstFatura?.query ?? {}).some((v) => v.length > 0)).toBe(true);
    expect(readByA + byB.length).toBeLessThan(2 * readByA + 40);

    await untilSameCache('B e C idênticas', b, c, 30_000);
    expect(counts(b.t.core.db).receivables).toBeGreaterThanOrEqual(600);
    expect(counts(c.t.core.db).clients).toBe(counts(b.t.core.db).clients);
    void aRun;
  }, 120_000);
});
