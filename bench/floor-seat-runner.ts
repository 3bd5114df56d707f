/**
 * One OS process of the floor bench (bench/floor.bench.ts forks K of them): hosts a few seats —
 * real cores on their own data folders, joined to the bench's PostgreSQL — and runs an agent's
 * workload on each when the parent says go. Talks to the parent over the fork IPC channel
 * (messages in FloorRunnerIn / FloorRunnerOut). Times are CLOCK_MONOTONIC milliseconds
 * (process.hrtime), the same clock in every process of the machine, so a save started here and
 * seen in another process can be subtracted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createDemoCore } from '../tools/demo/demo-core';
import type { Core } from '../electron/main/core-types';
import type { FloorJoin } from '../electron/main/floor/floor-link';
import { stopFloorServices } from '../electron/main/floor/floor-services';
import { handlers } from '../electron/main/ipc/handlers';
import { createRegistry, type Registry } from '../electron/main/ipc/registry';
import { setMachineName } from '../electron/main/db/repos/sync-host.repo';
import type { JobLeaseTuning } from '../electron/main/floor/jobs/job-leases';
import { ERP_SYNC_JOB, erpSyncJob } from '../electron/main/jobs/erp-sync.job';
import { createScheduler, type Scheduler } from '../electron/main/jobs/scheduler';
import { parseMachinePolicy, type MachinePolicy } from '../electron/main/policy/machine-policy';
import { loginDemoAgent } from './support';

export interface RunnerSeatSpec {
  index: number;
  dir: string;
  /** The client this seat writes (nobody else writes it). */
  writes: number;
  /** The client whose changes this seat watches (another seat writes it). */
  watches: number;
}

export type FloorRunnerIn =
  | {
      type: 'init';
      seats: RunnerSeatSpec[];
      join: FloorJoin;
      /** IT's floor key (base64), the same on every seat, as the machine policy gives it. */
      floorKey: string;
      clients: number;
      leases: Partial<JobLeaseTuning>;
    }
  | { type: 'go'; opsPerSeat: number; thinkMs: number }
  | { type: 'seenAck'; clientId: number }
  | { type: 'erpSync' }
  | { type: 'close' };

export type FloorRunnerOut =
  | { type: 'ready'; rssMiB: number }
  | { type: 'op'; clientId: number; t0: number; ms: number }
  | { type: 'seen'; clientId: number; at: number }
  | { type: 'done' }
  | { type: 'erpSynced'; outcomes: string[] }
  | { type: 'closed'; peakRssMiB: number }
  | { type: 'failed'; message: string };

interface RunnerSeat {
  spec: RunnerSeatSpec;
  core: Core;
  registry: Registry;
  session: string;
  scheduler: Scheduler;
  fires: (() => void)[];
}

export const monotonicMs = (): number => Number(process.hrtime.bigint()) / 1e6;

const send = (m: FloorRunnerOut): void => {
  process.send?.(m);
};

const call = async (s: { registry: Registry; session: string }, channel: string, input: unknown) => {
  const r = await s.registry.invoke(channel, input, { sessionKey: s.session });
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value;
};

/** Open the client, read its tabs (the calls the web shell makes), add an activity. */
export async function agentStep(
  s: { registry: Registry; session: string },
  clientId: number,
  title: string,
): Promise<void> {
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

/** Peak resident memory of this process (VmHWM), MiB. */
export function peakRssMiB(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) / 1024 : process.memoryUsage().rss / 2 ** 20;
}

const seats: RunnerSeat[] = [];
const acks = new Map<number, () => void>();

/** The machine policy of a bench seat: only IT's floor key. */
export const floorKeyPolicy = (floorKey: string): MachinePolicy =>
  parseMachinePolicy(JSON.stringify({ floorKey }), 'policy.json');

async function openSeat(
  spec: RunnerSeatSpec,
  m: Extract<FloorRunnerIn, { type: 'init' }>,
): Promise<RunnerSeat> {
  const core = await createDemoCore({
    dataDir: spec.dir,
    transport: 'web',
    demoClientCount: m.clients,
    floor: m.join,
    policy: floorKeyPolicy(m.floorKey),
    tuning: { jobLeases: m.leases },
  });
  setMachineName(core.db, `POSTO-${String(spec.index).padStart(3, '0')}`);
  const registry = createRegistry(core, handlers);
  const session = `bench-${path.basename(spec.dir)}`;
  await loginDemoAgent(registry, session);
  core.events.subscribe((event, payload) => {
    const p = payload as { clientId: number | null; parts: string[] };
    if (event === 'client.changed' && p.clientId === spec.watches && p.parts.includes('activities'))
      send({ type: 'seen', clientId: spec.watches, at: monotonicMs() });
  });
  // The scheduled ERP sync with a trigger the parent fires (all seats at the same moment).
  const fires: (() => void)[] = [];
  const scheduler = createScheduler({
    db: core.db,
    trigger: (_hhmm, fire) => {
      fires.push(fire);
      return () => undefined;
    },
  });
  scheduler.register(erpSyncJob(core));
  scheduler.start();
  return { spec, core, registry, session, scheduler, fires };
}

async function workload(s: RunnerSeat, ops: number, thinkMs: number): Promise<void> {
  // Agents do not work in lockstep: each starts and pauses a random while (mean thinkMs).
  await new Promise((r) => setTimeout(r, Math.random() * Math.max(500, thinkMs)));
  for (let k = 0; k < ops; k++) {
    const seen = new Promise<void>((resolve) => acks.set(s.spec.writes, resolve));
    const t0 = monotonicMs();
    await agentStep(s, s.spec.writes, `Posto ${s.spec.index} op ${k}`);
    send({ type: 'op', clientId: s.spec.writes, t0, ms: monotonicMs() - t0 });
    await seen;
    await new Promise((r) => setTimeout(r, thinkMs * (1 / 3 + (Math.random() * 4) / 3)));
  }
}

async function waitForSync(s: RunnerSeat): Promise<string> {
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    const row = s.core.db
      .prepare('SELECT status, outcome FROM job_runs WHERE job = ? ORDER BY id DESC LIMIT 1')
      .get(ERP_SYNC_JOB) as { status: string; outcome: string | null } | undefined;
    if (row && row.status !== 'running') return `${row.status}: ${row.outcome ?? ''}`;
    if (Date.now() > deadline) throw new Error(`sincronização do ERP não terminou no posto ${s.spec.index}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function close(): Promise<void> {
  for (const s of seats) {
    await s.scheduler.stop();
    await stopFloorServices(s.core);
    await s.core.floor.close();
    s.core.db.close();
  }
}

async function handle(m: FloorRunnerIn): Promise<void> {
  switch (m.type) {
    case 'init':
      // One at a time: the process's seats start as one PC would, and the CPU is shared anyway.
      for (const spec of m.seats) seats.push(await openSeat(spec, m));
      send({ type: 'ready', rssMiB: process.memoryUsage().rss / 2 ** 20 });
      return;
    case 'go':
      await Promise.all(seats.map((s) => workload(s, m.opsPerSeat, m.thinkMs)));
      send({ type: 'done' });
      return;
    case 'seenAck':
      acks.get(m.clientId)?.();
      acks.delete(m.clientId);
      return;
    case 'erpSync': {
      for (const s of seats) for (const fire of s.fires) fire();
      send({ type: 'erpSynced', outcomes: await Promise.all(seats.map(waitForSync)) });
      return;
    }
    case 'close':
      await close();
      send({ type: 'closed', peakRssMiB: peakRssMiB() });
      process.disconnect?.();
      return;
  }
}

if (process.send) {
  process.env.CENTRAL_QUIET ??= '1';
  process.on('message', (m: FloorRunnerIn) => {
    handle(m).catch((e: unknown) => {
      send({ type: 'failed', message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    });
  });
}
