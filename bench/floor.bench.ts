/**
 * Floor mode (issue 18): N seats — real cores on their own data folders — on one embedded
 * PostgreSQL, each doing an agent's workload at once (open a client, read its tabs, add an
 * activity). Reports:
 * - floor_change_visible_p95_ms: A's save starts → B's core emits client.changed for it;
 * - floor_agent_op_p95_ms: one workload step on a seat, baseline the same step on one
 *   embedded console in the same run;
 * - floor_server_connections: backends the seats hold on the server (pools + LISTEN).
 * `npm run bench -- floor --seats 200` (default 20: two CPU cores in CI).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDemoCore } from '../tools/demo/demo-core';
import type { Core } from '../electron/main/core-types';
import { handlers } from '../electron/main/ipc/handlers';
import { createRegistry, type Registry } from '../electron/main/ipc/registry';
import { stopFloorServices } from '../electron/main/floor/floor-services';
import { startEmbeddedPostgres } from '../tools/floor/embedded-postgres';
import type { FloorConnectionSettings } from '../electron/main/floor/floor-db';
import { benchOption } from './bench-args';
import { line, loginDemoAgent, percentile, type BenchLine } from './support';

const COMPANY = { id: '11222333000181', name: 'Acme Atendimento Ltda' };
const OPS_PER_SEAT = 12;

interface BenchSeat {
  core: Core;
  registry: Registry;
  session: string;
}

async function seat(dataDir: string, floor?: FloorConnectionSettings, clients = 50): Promise<BenchSeat> {
  const core = await createDemoCore({
    dataDir,
    transport: 'web',
    demoClientCount: clients,
    floor: floor ? { connection: floor, company: COMPANY } : undefined,
  });
  const registry = createRegistry(core, handlers);
  const session = `bench-${path.basename(dataDir)}`;
  await loginDemoAgent(registry, session);
  return { core, registry, session };
}

const call = async (s: BenchSeat, channel: string, input: unknown) => {
  const r = await s.registry.invoke(channel, input, { sessionKey: s.session });
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
};

/** Open the client, read its tabs, add an activity: the step every seat repeats. */
async function agentStep(s: BenchSeat, clientId: number, title: string): Promise<void> {
  await call(s, 'clients.get', { id: clientId });
  await call(s, 'clientActivities.list', { clientId, filter: 'all', limit: 50 });
  await call(s, 'clientContacts.list', { clientId });
  await call(s, 'clientHistory.list', { clientId, limit: 50 });
  await call(s, 'clientActivities.create', {
    clientId,
    kind: 'call',
    title,
    dueAt: '2026-12-10T13:00:00.000Z',
  });
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export async function run(): Promise<BenchLine[]> {
  const seats = Number(benchOption('seats') ?? process.env.CENTRAL_BENCH_FLOOR_SEATS ?? 20);
  const clients = Math.max(50, seats + 1);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'central-floor-bench-'));
  const server = await startEmbeddedPostgres();
  const open: BenchSeat[] = [];
  try {
    // Baseline: the same steps on one embedded console.
    const alone = await seat(path.join(root, 'alone'), undefined, clients);
    open.push(alone);
    const baseline: number[] = [];
    for (let i = 0; i < OPS_PER_SEAT * 4; i++)
      baseline.push(await timed(() => agentStep(alone, 1 + (i % clients), `Base ${i}`)));

    // One seeded seat joins first; the others start from a copy of its folder (same cache and
    // cursor), as a fleet of PCs installed from one image would.
    const settings = await server.createDatabase();
    const template = path.join(root, 'seat-0');
    const first = await seat(template, settings, clients);
    // A floor with no shared row is not followed yet (it waits for the import): give it one.
    await server.sql(
      settings.database,
      `INSERT INTO app_settings (key, value) VALUES ('bench.floor', '"1"')`,
    );
    await first.core.replicator.pullNow();
    await stopFloorServices(first.core);
    await first.core.floor.close();
    first.core.db.close();
    for (let i = 0; i < seats; i++) {
      const dir = path.join(root, `s${i}`);
      fs.cpSync(template, dir, { recursive: true });
      open.push(await seat(dir, settings, clients));
    }
    const floorSeats = open.slice(1);

    // Each seat writes its own client; the next seat watches for it.
    const visible: number[] = [];
    const ops: number[] = [];
    await Promise.all(
      floorSeats.map(async (s, i) => {
        const observer = floorSeats[(i + 1) % floorSeats.length] as BenchSeat;
        const clientId = 1 + i;
        // Agents do not work in lockstep: each starts and pauses a random while.
        await new Promise((r) => setTimeout(r, Math.random() * 500));
        for (let k = 0; k < OPS_PER_SEAT; k++) {
          const t0 = performance.now();
          const seen = new Promise<number>((resolve) => {
            const off = observer.core.events.subscribe((event, payload) => {
              const p = payload as { clientId: number | null; parts: string[] };
              if (event === 'client.changed' && p.clientId === clientId && p.parts.includes('activities')) {
                off();
                resolve(performance.now() - t0);
              }
            });
          });
          ops.push(await timed(() => agentStep(s, clientId, `Seat ${i} op ${k}`)));
          visible.push(await seen);
          await new Promise((r) => setTimeout(r, 100 + Math.random() * 400));
        }
      }),
    );
    const connections =
      (
        await server.sql<{ n: number }>(
          'postgres',
          'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
          [settings.database],
        )
      )[0]?.n ?? NaN;
    return [
      line('floor_change_visible_p95_ms', percentile(visible, 95), 'ms', null, '< 2000 ms'),
      line('floor_agent_op_p95_ms', percentile(ops, 95), 'ms', percentile(baseline, 95)),
      line(
        'floor_server_connections',
        connections,
        'connections',
        seats * 4,
        `<= 4 per seat (${seats} seats)`,
      ),
    ];
  } finally {
    for (const s of open.reverse()) {
      await stopFloorServices(s.core);
      await s.core.floor.close();
      s.core.db.close();
    }
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}
