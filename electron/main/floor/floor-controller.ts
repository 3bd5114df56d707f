/**
 * Whether this seat reaches its central database right now: online, offline (server down,
 * network) or refused (it answers but will not take this seat: password changed, another
 * company, a newer schema). A heartbeat while online; reconnect attempts with exponential
 * backoff while not. Each change is a core event, so the renderer shows or hides the
 * "somente leitura" banner; shared writes ask `assertFloorWritable` first.
 */
import { ExponentialBackoff, type IBackoff } from 'cockatiel';
import type { FloorStatus } from '../../../shared/ipc/dto/floor';
import { AppFailure } from '../../../shared/ipc/result';
import { messageFor, type MessageKey } from '../../../shared/ipc/messages';
import type { FloorLink } from './floor-link';
import { migrateFloor } from './floor-migrate';
import { classifyConnectError } from './floor-probe';
import type { FloorJoin } from './floor-link';

export interface FloorTuning {
  /** Between two checks while online. */
  heartbeatMs: number;
  /** First and longest wait between reconnect attempts while offline. */
  reconnectMinMs: number;
  reconnectMaxMs: number;
  /** A check that takes longer counts as unreachable. */
  checkTimeoutMs: number;
}

export const DEFAULT_FLOOR_TUNING: FloorTuning = {
  heartbeatMs: 3_000,
  reconnectMinMs: 500,
  reconnectMaxMs: 5_000,
  checkTimeoutMs: 4_000,
};

export interface FloorController {
  status(): FloorStatus;
  stop(): void;
  /**
   * A shared read or write failed: when the error means the central database is unreachable,
   * the seat goes offline at once (no wait for the next heartbeat) and true is returned.
   */
  reportFailure(e: unknown): boolean;
  /**
   * The link changed (Entrar / Sair do banco central, or opened at start): check it and keep
   * checking. `migrateFirst`: the link was opened without migrating (server down at start),
   * so the first successful check brings the schema up to date and claims it for the company.
   */
  adopt(migrateFirst?: FloorJoin): Promise<FloorStatus>;
}

export interface FloorControllerDeps {
  link: () => FloorLink;
  now: () => Date;
  emit: (status: FloorStatus) => void;
  tuning: FloorTuning;
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
]);

/** pg and Node errors that mean "the server is not reachable now", not "the query is wrong". */
export function isUnreachableError(e: unknown): boolean {
  if (e instanceof AppFailure) return e.key === 'floor.unreachable' || e.key === 'floor.serverUnreachable';
  const err = e as { code?: string; message?: string } | null;
  if (!err) return false;
  if (err.code && (CONNECTION_CODES.has(err.code) || err.code.startsWith('08'))) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable/i.test(
    err.message ?? '',
  );
}

const text = (key: MessageKey, details: unknown) =>
  (messageFor as (k: MessageKey, d: unknown) => string)(key, details);

export function createFloorController(deps: FloorControllerDeps): FloorController {
  const embedded = (): FloorStatus => ({ state: 'embedded', reason: null, since: deps.now().toISOString() });
  let status: FloorStatus = embedded();
  let timer: NodeJS.Timeout | null = null;
  let backoff: IBackoff<unknown> | null = null;
  let running = false;
  let generation = 0;
  let pending: FloorJoin | null = null;
  const factory = new ExponentialBackoff({
    initialDelay: deps.tuning.reconnectMinMs,
    maxDelay: deps.tuning.reconnectMaxMs,
  });

  const set = (next: Omit<FloorStatus, 'since'>) => {
    if (next.state === status.state && next.reason === status.reason) return;
    status = { ...next, since: deps.now().toISOString() };
    deps.emit(status);
  };

  const withTimeout = <T>(p: Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const t = setTimeout(
        () => reject(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
        deps.tuning.checkTimeoutMs,
      );
      p.then(
        (v) => (clearTimeout(t), resolve(v)),
        (e: unknown) => (clearTimeout(t), reject(e)),
      );
    });

  async function check(): Promise<void> {
    const link = deps.link();
    if (link.mode === 'embedded' || !link.pool) return set({ state: 'embedded', reason: null });
    try {
      if (pending) {
        await withTimeout(migrateFloor(link.pool, pending.company));
        pending = null;
      } else await withTimeout(link.pool.query('SELECT 1'));
      set({ state: 'online', reason: null });
    } catch (e) {
      if (e instanceof AppFailure && e.key !== 'floor.unreachable')
        return set({ state: 'refused', reason: e.message });
      if (isUnreachableError(e))
        return set({ state: 'offline', reason: text('floor.unreachable', undefined) });
      const c = classifyConnectError(e, link.pool.options as never);
      set({ state: c.kind === 'unreachable' ? 'offline' : 'refused', reason: text(c.key, c.details) });
    }
  }

  function schedule(gen: number): void {
    if (!running || gen !== generation) return;
    let delay = deps.tuning.heartbeatMs;
    if (status.state === 'online') backoff = null;
    else {
      backoff = backoff ? backoff.next(undefined) : factory.next();
      delay = backoff.duration;
    }
    timer = setTimeout(() => void check().then(() => schedule(gen)), delay);
    timer.unref?.();
  }

  async function restart(migrateFirst?: FloorJoin): Promise<FloorStatus> {
    pending = migrateFirst ?? null;
    if (timer) clearTimeout(timer);
    timer = null;
    backoff = null;
    const gen = ++generation;
    await check();
    running = deps.link().mode === 'floor';
    schedule(gen);
    return status;
  }

  return {
    status: () => status,
    adopt: restart,
    stop() {
      running = false;
      generation++;
      if (timer) clearTimeout(timer);
      timer = null;
    },
    reportFailure(e) {
      if (deps.link().mode !== 'floor' || !isUnreachableError(e)) return false;
      if (status.state === 'online') {
        set({ state: 'offline', reason: text('floor.unreachable', undefined) });
        if (running) {
          if (timer) clearTimeout(timer);
          backoff = null;
          schedule(generation);
        }
      }
      return true;
    },
  };
}

/**
 * The guard every shared write calls first: in floor mode the write needs the central database
 * (FLOOR_UNREACHABLE, "Sem conexão com o banco central", while offline or refused); embedded
 * mode always writes locally.
 */
export function assertFloorWritable(core: { floor: FloorLink; floorController: FloorController }): void {
  if (core.floor.mode === 'embedded') return;
  if (core.floorController.status().state !== 'online') throw new AppFailure('floor.unreachable');
}

/**
 * Runs a shared write against the central database: refused at once while offline, and an
 * unreachable server during the write turns the seat offline and answers FLOOR_UNREACHABLE.
 */
export async function withFloorWrite<T>(
  core: { floor: FloorLink; floorController: FloorController },
  write: () => Promise<T>,
): Promise<T> {
  assertFloorWritable(core);
  try {
    return await write();
  } catch (e) {
    if (core.floorController.reportFailure(e)) throw new AppFailure('floor.unreachable');
    throw e;
  }
}
