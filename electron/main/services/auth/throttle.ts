/**
 * Growing delay after repeated failures: the first free failures cost nothing (typos happen),
 * then each further failure doubles the wait, capped so a real user is never locked out for long
 * — a login anyone can type must not be lockable for good by typing it.
 */
export const FREE_FAILURES = 5;
/** One source (a window, a remote address) may mistype over several logins before it waits. */
export const SOURCE_FREE_FAILURES = 20;
export const SOURCE_WINDOW_MS = 15 * 60_000;
const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 5 * 60_000;

export function throttleDelayMs(consecutiveFailures: number, freeFailures = FREE_FAILURES): number {
  if (consecutiveFailures < freeFailures) return 0;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(30, consecutiveFailures - freeFailures));
}

/** Milliseconds the caller must still wait, given the failures since the last success. */
export function remainingWaitMs(
  consecutiveFailures: number,
  lastFailureAt: Date | null,
  now: Date,
  freeFailures = FREE_FAILURES,
): number {
  if (!lastFailureAt) return 0;
  const wait = throttleDelayMs(consecutiveFailures, freeFailures) - (now.getTime() - lastFailureAt.getTime());
  return Math.max(0, wait);
}
