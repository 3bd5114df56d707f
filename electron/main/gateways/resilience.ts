/**
 * The one resilience policy of both gateways and the receivables sender, on cockatiel: retries
 * with exponential backoff and decorrelated jitter (only where the caller says the operation is
 * idempotent), and a circuit breaker so a fleet of desktops stops calling an ERP that is down.
 * The per-request timeout stays in the network port (gateways/http), which aborts the socket.
 */
import { once } from 'node:events';
import {
  BrokenCircuitError,
  circuitBreaker,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  fullJitterGenerator,
  handleWhen,
  retry,
  type CircuitBreakerPolicy,
} from 'cockatiel';
import type { ErpAvailability } from '../../../shared/ipc/dto/erp';
import { messageFor } from '../../../shared/ipc/messages';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * Runs `run`, retrying failures `canRetry` accepts. A signal that aborts rejects at once with
 * `onAbort()` (also during a wait), and no further attempt starts.
 */
export async function withRetry<T>(
  run: (attempt: number) => Promise<T>,
  opts: {
    policy: RetryPolicy;
    canRetry: (error: unknown) => boolean;
    signal?: AbortSignal;
    onAbort?: () => Error;
    /** Observes each wait before a retry (tests check the jitter stays within the step). */
    onRetry?: (delayMs: number) => void;
  },
): Promise<T> {
  const { signal, onAbort } = opts;
  const retrying = retry(
    handleWhen((e) => !signal?.aborted && opts.canRetry(e)),
    {
      maxAttempts: Math.max(0, opts.policy.attempts - 1),
      // Full jitter: each wait is uniform in [0, min(max, base·2^n)), so desktops retrying
      // after the same outage do not arrive in lockstep.
      backoff: new ExponentialBackoff({
        generator: fullJitterGenerator,
        initialDelay: opts.policy.baseDelayMs,
        maxDelay: opts.policy.maxDelayMs,
      }),
    },
  );
  // A cancelled run leaves cockatiel's (non-abortable) wait behind: it must not hold the process.
  const policy = signal ? retrying.dangerouslyUnref() : retrying;
  if (opts.onRetry) policy.onRetry(({ delay }) => opts.onRetry?.(delay));
  const aborted = () => onAbort?.() ?? new Error('cancelado');
  const running = policy.execute(({ attempt }) => {
    if (signal?.aborted) throw aborted();
    return run(attempt + 1);
  }, signal);
  if (!signal) return running;
  if (signal.aborted) throw aborted();
  // cockatiel's wait between tries is not abortable: the run is left to settle on its own.
  running.catch(() => {});
  const abort = new AbortController();
  try {
    return await Promise.race([
      running,
      once(signal, 'abort', { signal: abort.signal }).then(() => {
        throw aborted();
      }),
    ]);
  } finally {
    abort.abort();
  }
}

export interface BreakerTuning {
  /** Consecutive outage failures that open the circuit. */
  failures: number;
  /** How long an open circuit fails fast before one probe is let through. */
  halfOpenAfterMs: number;
}

export const DEFAULT_BREAKER: BreakerTuning = { failures: 5, halfOpenAfterMs: 60_000 };

export interface Breaker {
  /** Runs `fn` through the circuit; `fastFail(retryAt)` is thrown while it is open. */
  execute<T>(fn: () => Promise<T>): Promise<T>;
  availability(): ErpAvailability;
}

/** "ERP indisponível, nova tentativa às 14:05" (hour in America/Sao_Paulo), from the catalog. */
export const erpUnavailableMessage = (retryAt: Date): string =>
  messageFor('erp.unavailable', { retryAt: retryAt.toISOString() });

export function createBreaker(opts: {
  tuning: BreakerTuning;
  /** Only outages count (5xx, timeouts, refused connections), never a refused input. */
  isOutage: (error: unknown) => boolean;
  fastFail: (retryAt: Date) => Error;
  now: () => Date;
  onChange?: (availability: ErpAvailability) => void;
}): Breaker {
  const policy: CircuitBreakerPolicy = circuitBreaker(
    handleWhen((e) => opts.isOutage(e)),
    {
      halfOpenAfter: opts.tuning.halfOpenAfterMs,
      breaker: new ConsecutiveBreaker(opts.tuning.failures),
    },
  );
  let retryAt: Date | null = null;
  const availability = (): ErpAvailability => {
    const state = policy.state;
    if (state === CircuitState.Closed || state === CircuitState.Isolated)
      return { state: 'available', retryAt: null, message: null };
    const at = retryAt ?? opts.now();
    return {
      state: state === CircuitState.HalfOpen ? 'probing' : 'unavailable',
      retryAt: at.toISOString(),
      message: erpUnavailableMessage(at),
    };
  };
  policy.onBreak(() => {
    retryAt = new Date(opts.now().getTime() + opts.tuning.halfOpenAfterMs);
  });
  policy.onStateChange(() => opts.onChange?.(availability()));
  return {
    availability,
    async execute(fn) {
      try {
        return await policy.execute(() => fn());
      } catch (e) {
        if (e instanceof BrokenCircuitError) throw opts.fastFail(retryAt ?? opts.now());
        throw e;
      }
    },
  };
}
