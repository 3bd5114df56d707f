/**
 * Shared by the freeze benches: the ERP simulator in a child process (as the ERP runs
 * elsewhere), a core pointed at it through its saved settings (so the sync takes the
 * production path, on its job worker), and a probe that serves F9 searches through the handler
 * registry every 25 ms, as the web shell does, measuring each from its scheduled start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Core } from '../electron/main/core-types';
import type { Registry } from '../electron/main/ipc/registry';
import { writeErpConfig } from '../electron/main/services/erp/erp-config';

export async function startErpSimulatorProcess(
  clients: number,
  titles: number,
): Promise<{ child: ChildProcess; url: string; token: string }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'tools/simulators/erp/cli.ts',
      '--clients',
      String(clients),
      '--titles',
      String(titles),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  // The ERP is another machine in production: on this bench's shared cores its simulator must
  // not take CPU from the console's UI thread, or the figure would measure the simulator.
  if (child.pid) os.setPriority(child.pid, os.constants.priority.PRIORITY_LOW);
  const found = await new Promise<RegExpExecArray>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /listening on (\S+) token (\S+)/.exec(out);
      if (m) resolve(m);
    });
    child.once('exit', (code) => reject(new Error(`simulador do ERP saiu com ${code}: ${out}`)));
  });
  return { child, url: found[1] as string, token: found[2] as string };
}

/** As "Configurações → Integração → Salvar" leaves it: the sync job then builds its own gateway. */
export async function pointAtErp(core: Core, url: string, token: string): Promise<void> {
  writeErpConfig(core, { baseUrl: url, tokenCipher: await core.secrets.encrypt(token), syncTime: '00:00' });
}

const QUERIES = [
  'silva',
  'comercio',
  'ana',
  'transportes',
  'maria oliveira',
  'equip',
  '0001',
  'ltda',
  'jo',
  'sul',
];

export interface ProbeResult {
  /** Milliseconds from each search's scheduled start to its answer. */
  latencies: number[];
  late: number;
  eventLoopP99Ms: number;
  /** Share of the main thread's wall time spent running (not waiting in the event loop). */
  elu: number;
  /** CPU the main thread used per second of wall time (Linux: /proc; null elsewhere). */
  mainCpuMsPerS: number | null;
}

export interface SearchProbe {
  stop(): Promise<ProbeResult>;
}

const CLOCK_TICK_MS = 10;

/**
 * CPU milliseconds of this process's main thread (its task id is the pid), from
 * /proc/self/task/<pid>/stat (utime + stime, in clock ticks): unlike wall-clock latencies it
 * does not grow when other processes share the cores. null where /proc does not exist.
 */
export function mainThreadCpuMs(): number | null {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
  } catch {
    return null;
  }
}

/** One clients.search every `everyMs`, scheduled on a fixed grid: a blocked loop shows as waiting. */
export function startSearchProbe(registry: Registry, sessionKey: string, everyMs = 25): SearchProbe {
  const latencies: number[] = [];
  const inFlight = new Set<Promise<void>>();
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const elu = performance.eventLoopUtilization();
  const cpu = mainThreadCpuMs();
  const base = performance.now();
  let i = 0;
  let late = 0;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    const scheduled = base + i * everyMs;
    if (performance.now() - scheduled > everyMs) late += 1;
    const query = QUERIES[i % QUERIES.length] as string;
    i += 1;
    const p = registry
      .invoke('clients.search', { query, limit: 20 }, { sessionKey })
      .then((r) => {
        if (!(r as { ok: boolean }).ok) throw new Error(`busca falhou: ${JSON.stringify(r)}`);
        latencies.push(performance.now() - scheduled);
      })
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
    timer = setTimeout(tick, Math.max(0, base + i * everyMs - performance.now()));
  };
  tick();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await Promise.all([...inFlight]);
      delay.disable();
      const wallS = (performance.now() - base) / 1000;
      const cpuNow = mainThreadCpuMs();
      return {
        latencies,
        late,
        eventLoopP99Ms: delay.percentile(99) / 1e6,
        elu: performance.eventLoopUtilization(elu).utilization,
        mainCpuMsPerS: cpu === null || cpuNow === null ? null : (cpuNow - cpu) / wallS,
      };
    },
  };
}

/**
 * Several windows of one kind as one: latencies and late starts together; event-loop p99, busy
 * share and CPU per second averaged over the windows.
 */
export function poolProbes(results: ProbeResult[]): ProbeResult {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const cpu = results.map((r) => r.mainCpuMsPerS);
  return {
    latencies: results.flatMap((r) => r.latencies),
    late: results.reduce((a, r) => a + r.late, 0),
    eventLoopP99Ms: mean(results.map((r) => r.eventLoopP99Ms)),
    elu: mean(results.map((r) => r.elu)),
    mainCpuMsPerS: cpu.some((c) => c === null) ? null : mean(cpu as number[]),
  };
}
