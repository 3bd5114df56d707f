/**
 * One pull at a time, and none lost: a call while a pull runs queues exactly one more after it
 * (the running pull may have read the central rows before the caller's change committed), and
 * every call made during that wait shares the queued pull. Used by the seat's two followers of
 * the central database (replicator.ts, erp/erp-follower.ts).
 */
export type CoalescedPull = {
  /** Runs a pull now, or after the one under way; resolves when a pull that began after this call ends. */
  pull(): Promise<void>;
  /** Resolves when the pull under way (if any) has ended, whatever its outcome. */
  settled(): Promise<void>;
};

export function coalescedPull(round: () => Promise<void>, isClosed: () => boolean): CoalescedPull {
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  function pull(): Promise<void> {
    if (isClosed()) return Promise.resolve();
    if (!running) {
      running = round().finally(() => {
        running = null;
      });
      return running;
    }
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return pull();
      });
    return queued;
  }
  return { pull, settled: async () => void (await running?.catch(() => undefined)) };
}
