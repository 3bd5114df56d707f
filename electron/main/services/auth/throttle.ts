/**
 * Growing delay after repeated failures: the first FREE_FAILURES cost nothing (typos happen),
 * then each further failure doubles the wait, capped so a real user is never locked out for long.
 */
export const FREE_FAILURES = 5;
const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 5 * 60_000;

export function throttleDelayMs(consecutiveFailures: number): number {
  if (consecutiveFailures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (consecutiveFailures - FREE_FAILURES));
}

/** Milliseconds the caller must still wait, given the failures since the last success. */
export function remainingWaitMs(consecutiveFailures: number, lastFailureAt: Date | null, now: Date): number {
  if (!lastFailureAt) return 0;
  const wait = throttleDelayMs(consecutiveFailures) - (now.getTime() - lastFailureAt.getTime());
  return Math.max(0, wait);
}
