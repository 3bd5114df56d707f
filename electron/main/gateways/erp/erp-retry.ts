/** Exponential backoff with full jitter: spreads the retries of many desktops after an ERP hiccup. */
export interface RetryPolicy {
  /** Total attempts, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 250, maxDelayMs: 4_000 };

/** Delay before retry number `retry` (1-based): uniform in [0, min(max, base * 2^(retry-1))]. */
export function backoffDelay(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

export async function withRetry<T>(
  run: (attempt: number) => Promise<T>,
  opts: {
    policy: RetryPolicy;
    canRetry: (error: unknown) => boolean;
    sleep?: (ms: number) => Promise<void>;
    random?: () => number;
  },
): Promise<T> {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await run(attempt);
    } catch (e) {
      if (attempt >= opts.policy.attempts || !opts.canRetry(e)) throw e;
      await sleep(backoffDelay(opts.policy, attempt, opts.random));
    }
  }
}
