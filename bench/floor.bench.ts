/**
 * Floor mode (issue 18): N seats on one embedded PostgreSQL, in K separate OS processes
 * (bench/floor-seat-runner.ts, each hosting ceil(N/K) seats), each seat a real core on its own
 * data folder doing an agent's workload at once (open a client, read its tabs through the
 * handler registry as the web shell does, add an activity). Reports:
 * - floor_change_visible_p95_ms: A's save starts → B's core (another seat, usually in another
 *   process) emits client.changed for it;
 * - floor_agent_op_p95_ms: one workload step on a seat, baseline the same step on one embedded
 *   console alone in the same run;
 * - floor_server_connections: peak pg_stat_activity backends of the bench database while the
 *   seats work and sync (pools + LISTEN);
 * - floor_erp_requests_per_sync: ERP simulator requests of one scheduled ERP sync fired on every
 *   seat at once (the job lease makes it one sync), baseline the same sync on one console.
 * `npm run bench -- floor [--seats N] [--procs K] [--pool P] [--ops M]
 * [--think-ms T]` (default 20 seats; at least 10
 * processes and at most 10 seats per process; pool 2; 12 ops per seat;
 * think 300 ms, i.e. 100–500 ms between steps). Peak memory of the processes goes to stderr.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createDemoCore } from '../tools/demo/demo-core';
import type { Core } from '../electron/main/core-types';
import { databaseFile } from '../electron/main/db/paths';
import type { FloorJoin } from '../electron/main/floor/floor-link';
import { handlers } from '../electron/main/ipc/handlers';
import { createRegistry, type Registry } from '../electron/main/ipc/registry';
import { ERP_SYNC_JOB, erpSyncJob } from '../electron/main/jobs/erp-sync.job';
import { createScheduler } from '../electron/main/jobs/scheduler';
import { stopFloorServices } from '../electron/main/floor/floor-services';
import { startEmbeddedPostgres } from '../tools/floor/embedded-postgres';
import { startErpSimulator } from '../tools/simulators/erp/server';
import { benchOption } from './bench-args';
import {
  agentStep,
  floorKeyPolicy,
  monotonicMs,
  peakRssMiB,
  type FloorRunnerIn,
  type FloorRunnerOut,
  type RunnerSeatSpec,
} from './floor-seat-runner';
import { line, loginDemoAgent, percentile, type BenchLine } from './support';

const COMPANY = { id: '11222333000181', name: 'Acme Atendimento Ltda' };
const ADMIN = { login: 'admin', password: 'admin-demo-2026' };
/** Short leases so the standing-by seats see the slot done within a second. */
const LEASES = { leaseMs: 20_000, renewEveryMs: 5_000, pollMs: 1_000, preferenceGraceMs: 0 };
const SEEN_TIMEOUT_MS = 60_000;

interface LocalSeat {
  core: Core;
  registry: Registry;
  session: string;
}

async function localSeat(
  dataDir: string,
  clients: number,
  floor?: { join: FloorJoin; key: string },
): Promise<LocalSeat> {
  const core = await createDemoCore({
    dataDir,
    transport: 'web',
    demoClientCount: clients,
    floor: floor?.join,
    ...(floor ? { policy: floorKeyPolicy(floor.key) } : {}),
    tuning: { jobLeases: LEASES },
  });
  const registry = createRegistry(core, handlers);
  const session = `bench-${path.basename(dataDir)}`;
  await loginDemoAgent(registry, session);
  return { core, registry, session };
}

async function closeLocal(s: LocalSeat): Promise<void> {
  await stopFloorServices(s.core);
  await s.core.floor.close();
  s.core.db.close();
}

/** Saves the ERP connection as the admin (shared settings on a floor seat). */
async function saveErp(s: LocalSeat, url: string, token: string): Promise<void> {
  const session = `${s.session}-admin`;
  const login = await s.registry.invoke('auth.login', ADMIN, { sessionKey: session });
  if (!login.ok) throw new Error(login.error.message);
  const saved = await s.registry.invoke(
    'erp.settings.save',
    { baseUrl: url, token, syncTime: '00:00' },
    { sessionKey: session },
  );
  if (!saved.ok) throw new Error(`erp.settings.save: ${saved.error.message}`);
}

/** One scheduled ERP sync on the embedded console: the ERP's requests it costs. */
async function syncAlone(s: LocalSeat, requests: () => number): Promise<number> {
  const fires: (() => void)[] = [];
  const scheduler = createScheduler({
    db: s.core.db,
    trigger: (_hhmm, fire) => {
      fires.push(fire);
      return () => undefined;
    },
  });
  scheduler.register(erpSyncJob(s.core));
  scheduler.start();
  const before = requests();
  for (const fire of fires) fire();
  for (;;) {
    const row = s.core.db
      .prepare('SELECT status, outcome FROM job_runs WHERE job = ? ORDER BY id DESC LIMIT 1')
      .get(ERP_SYNC_JOB) as { status: string; outcome: string | null } | undefined;
    if (row && row.status !== 'running') {
      if (row.status !== 'success') throw new Error(`sincronização de base: ${row.outcome ?? row.status}`);
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await scheduler.stop();
  return requests() - before;
}

/** A forked seat-runner process and a way to wait for its next message of a type. */
class Runner {
  readonly child: ChildProcess;
  private waiters: { type: FloorRunnerOut['type']; resolve: (m: FloorRunnerOut) => void }[] = [];
  failure: Error | null = null;

  constructor(onMessage: (r: Runner, m: FloorRunnerOut) => void) {
    this.child = fork(path.join(__dirname, 'floor-seat-runner.ts'), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, CENTRAL_QUIET: '1' },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    this.child.on('message', (m: FloorRunnerOut) => {
      if (m.type === 'failed') this.failure = new Error(`processo de postos: ${m.message}`);
      onMessage(this, m);
      const i = this.waiters.findIndex((w) => w.type === m.type || m.type === 'failed');
      if (i >= 0) this.waiters.splice(i, 1)[0]?.resolve(m);
    });
    this.child.on('exit', (code) => {
      if (code) this.failure ??= new Error(`processo de postos saiu com código ${code}`);
      for (const w of this.waiters.splice(0)) w.resolve({ type: 'failed', message: String(code) });
    });
  }

  send(m: FloorRunnerIn): void {
    this.child.send(m);
  }

  async next<T extends FloorRunnerOut['type']>(type: T): Promise<Extract<FloorRunnerOut, { type: T }>> {
    const m = await new Promise<FloorRunnerOut>((resolve) => this.waiters.push({ type, resolve }));
    if (m.type === 'failed') throw this.failure ?? new Error(m.message);
    return m as Extract<FloorRunnerOut, { type: T }>;
  }
}

export async function run(): Promise<BenchLine[]> {
  const seats = Number(benchOption('seats') ?? process.env.CENTRAL_BENCH_FLOOR_SEATS ?? 20);
  // At least 10 processes, at most 10 seats in one (200 seats: 20 processes, about 12 GiB).
  const procs = Math.min(seats, Number(benchOption('procs') ?? Math.max(10, Math.ceil(seats / 10))));
  const poolMax = Number(benchOption('pool') ?? 2);
  const opsPerSeat = Number(benchOption('ops') ?? 12);
  // An agent's pause between two steps, on average (100–500 ms by default).
  const thinkMs = Number(benchOption('think-ms') ?? 300);
  const clients = Math.max(50, seats + 1);
  // Pool + LISTEN per seat, the sampler, and room for the server's own backends.
  const maxConnections = Math.max(400, seats * (poolMax + 1) + 50);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'central-floor-bench-'));
  const server = await startEmbeddedPostgres({ maxConnections });
  const erp = await startErpSimulator({ clients });
  const erpRequests = () => erp.requests().length;
  const runners: Runner[] = [];
  let sampler: pg.Client | null = null;
  try {
    // Baseline: the same steps and one scheduled ERP sync on one embedded console.
    const alone = await localSeat(path.join(root, 'alone'), clients);
    await saveErp(alone, erp.url, erp.token);
    const baseline: number[] = [];
    for (let i = 0; i < opsPerSeat * 4; i++) {
      const t0 = monotonicMs();
      await agentStep(alone, 1 + (i % clients), `Base ${i}`);
      baseline.push(monotonicMs() - t0);
    }
    const erpBaseline = await syncAlone(alone, erpRequests);
    await closeLocal(alone);

    // One seeded seat joins first and saves the ERP connection (a shared setting); the others
    // start from a copy of its folder (same cache and cursor), as a fleet of PCs installed from
    // one image would, each with its own install id (the lease tells seats apart by it).
    const join: FloorJoin = {
      connection: await server.createDatabase(),
      company: COMPANY,
      pool: { max: poolMax },
    };
    const template = path.join(root, 'seat-0');
    const floorKey = randomBytes(32).toString('base64');
    const first = await localSeat(template, clients, { join, key: floorKey });
    await saveErp(first, erp.url, erp.token);
    await first.core.replicator.pullNow();
    await closeLocal(first);
    const specs: RunnerSeatSpec[] = [];
    for (let i = 0; i < seats; i++) {
      const dir = path.join(root, `s${i}`);
      fs.cpSync(template, dir, { recursive: true });
      const db = new Database(databaseFile(dir));
      db.prepare("DELETE FROM app_settings WHERE key LIKE 'install.%'").run();
      db.close();
      // Each seat writes its own client; the next seat (in the next process) watches it.
      specs.push({ index: i, dir, writes: 1 + i, watches: 1 + ((i + seats - 1) % seats) });
    }

    // Visibility: A's op start (t0, monotonic) → first client.changed at its watcher after t0.
    const pending = new Map<number, { t0: number; writer: Runner; timer: NodeJS.Timeout }>();
    const early = new Map<number, number>();
    const visible: number[] = [];
    const ops: number[] = [];
    let unseen = 0;
    const settle = (clientId: number, at: number | null) => {
      const p = pending.get(clientId);
      if (!p) return;
      pending.delete(clientId);
      clearTimeout(p.timer);
      if (at === null) unseen++;
      else visible.push(at - p.t0);
      p.writer.send({ type: 'seenAck', clientId });
    };
    const onMessage = (r: Runner, m: FloorRunnerOut) => {
      if (m.type === 'op') {
        ops.push(m.ms);
        pending.set(m.clientId, {
          t0: m.t0,
          writer: r,
          timer: setTimeout(() => settle(m.clientId, null), SEEN_TIMEOUT_MS),
        });
        // The watcher may have reported before the writer's own "op" arrived.
        const at = early.get(m.clientId);
        early.delete(m.clientId);
        if (at !== undefined && at >= m.t0) settle(m.clientId, at);
      } else if (m.type === 'seen') {
        if (pending.has(m.clientId)) {
          if (m.at >= (pending.get(m.clientId)?.t0 ?? Infinity)) settle(m.clientId, m.at);
        } else early.set(m.clientId, m.at);
      }
    };

    // Seat i lives in process i % procs, so a seat's watcher is in another process.
    const started = Date.now();
    for (let k = 0; k < procs; k++) runners.push(new Runner(onMessage));
    const ready = await Promise.all(
      runners.map((r, k) => {
        r.send({
          type: 'init',
          seats: specs.filter((s) => s.index % procs === k),
          join,
          floorKey,
          clients,
          leases: LEASES,
        });
        return r.next('ready');
      }),
    );
    console.error(
      `# floor: ${seats} seats in ${procs} processes started in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
        `RSS after start ${Math.round(ready.reduce((n, m) => n + m.rssMiB, 0))} MiB in all`,
    );

    sampler = new pg.Client(server.admin);
    await sampler.connect();
    let peakConnections = 0;
    // Backends waiting for a lock (e.g. the feed's advisory lock every central write takes).
    const lockWaits: number[] = [];
    const advisoryWaits: number[] = [];
    let sampling = true;
    const sampling$ = (async () => {
      while (sampling) {
        const r = await sampler.query<{ n: number; waiting: number; advisory: number }>(
          `SELECT count(*)::int AS n, (count(*) FILTER (WHERE wait_event_type = 'Lock'))::int AS waiting,
                  (count(*) FILTER (WHERE wait_event_type = 'Lock' AND wait_event = 'advisory'))::int AS advisory
             FROM pg_stat_activity WHERE datname = $1`,
          [join.connection.database],
        );
        peakConnections = Math.max(peakConnections, r.rows[0]?.n ?? 0);
        lockWaits.push(r.rows[0]?.waiting ?? 0);
        advisoryWaits.push(r.rows[0]?.advisory ?? 0);
        await new Promise((res) => setTimeout(res, 200));
      }
    })();

    const workStarted = Date.now();
    await Promise.all(
      runners.map((r) => {
        r.send({ type: 'go', opsPerSeat, thinkMs });
        return r.next('done');
      }),
    );
    console.error(
      `# floor: workload (${opsPerSeat} ops per seat, think ${thinkMs} ms) ${((Date.now() - workStarted) / 1000).toFixed(1)} s, ${ops.length} ops, ${unseen} not seen within ${SEEN_TIMEOUT_MS / 1000} s`,
    );

    // One scheduled ERP sync fired on every seat at the same moment.
    const beforeSync = erpRequests();
    const outcomes = (
      await Promise.all(
        runners.map((r) => {
          r.send({ type: 'erpSync' });
          return r.next('erpSynced');
        }),
      )
    ).flatMap((m) => m.outcomes);
    const erpPerSync = erpRequests() - beforeSync;
    const ran = outcomes.filter((o) => /Executado por este computador/.test(o)).length;
    const failed = outcomes.filter((o) => !o.startsWith('success')).length;
    console.error(`# floor: ERP sync — ${ran} seat(s) ran it, ${failed} run(s) not successful`);
    if (failed) console.error(`# floor: e.g. ${outcomes.find((o) => !o.startsWith('success'))}`);

    sampling = false;
    await sampling$;
    console.error(
      `# floor: backends waiting for a lock — p50 ${percentile(lockWaits, 50)}, p95 ${percentile(lockWaits, 95)}, ` +
        `max ${Math.max(0, ...lockWaits)}; on an advisory lock p50 ${percentile(advisoryWaits, 50)}, ` +
        `p95 ${percentile(advisoryWaits, 95)} (${lockWaits.length} samples)`,
    );

    const peaks = await Promise.all(
      runners.map((r) => {
        r.send({ type: 'close' });
        return r.next('closed');
      }),
    );
    const peakMiB = peaks.reduce((n, m) => n + m.peakRssMiB, 0);
    console.error(
      `# floor: peak RSS ${Math.round(peakMiB)} MiB over ${procs} processes ` +
        `(${Math.round(peakMiB / seats)} MiB per seat), bench process ${Math.round(peakRssMiB())} MiB; ` +
        `max_connections=${maxConnections}, pool ${poolMax} per seat; load average ${os
          .loadavg()
          .map((n) => n.toFixed(2))
          .join(' ')}`,
    );
    return [
      line('floor_change_visible_p95_ms', percentile(visible, 95), 'ms', null, '< 2000 ms'),
      line('floor_agent_op_p95_ms', percentile(ops, 95), 'ms', percentile(baseline, 95)),
      line(
        'floor_server_connections',
        peakConnections,
        'connections',
        seats * (poolMax + 1),
        `<= ${poolMax + 1} per seat (${seats} seats)`,
      ),
      line('floor_erp_requests_per_sync', erpPerSync, 'requests', erpBaseline, `= 1 seat's (${seats} seats)`),
    ];
  } finally {
    await sampler?.end().catch(() => undefined);
    for (const r of runners) if (r.child.exitCode === null) r.child.kill();
    await erp.stop();
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}
