import { AppFailure } from '../../../../shared/ipc/result';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** The daily job: a bureau that is briefly overloaded gets about a minute before the run pauses. */
export const JOB_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 2_000, maxDelayMs: 30_000 };
/** Before a query the agent is waiting: one quick second try at most. */
export const QUERY_RETRY: RetryPolicy = { attempts: 2, baseDelayMs: 500, maxDelayMs: 1_000 };

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random, so desktops
 * retrying after the same outage do not hit the bureau in lockstep.
 */
export function backoffDelay(
  policy: RetryPolicy,
  failedAttempt: number,
  random: () => number = Math.random,
): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/** Waits, or rejects with CANCELLED as soon as the run is stopped. */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export const cancelled = (): AppFailure =>
  new AppFailure('CANCELLED', 'Envio interrompido; continua do ponto em que parou na próxima execução.');
