/**
 * A job worker yields the CPU to the thread that answers the UI. On a two-core desk PC the sync
 * or the export would otherwise take a core's whole time slice just when a search arrives, and
 * the agent on the phone waits for it. Linux gives each thread its own nice value
 * (setpriority on the thread's task id), so only this worker is lowered. Node can set only a
 * whole process's priority on Windows and macOS, which would lower the UI too, so there the
 * worker keeps normal priority and relies on the short transactions and page-sized batches.
 */
import fs from 'node:fs';
import os from 'node:os';

/** Lowers the calling thread to "below normal"; false where the platform has no per-thread value. */
export function lowerThisThreadPriority(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    // "/proc/thread-self" links to "<pid>/task/<tid>" of the calling thread.
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    os.setPriority(tid, os.constants.priority.PRIORITY_BELOW_NORMAL);
    return true;
  } catch {
    // A container may forbid it; the job still runs, at normal priority.
    return false;
  }
}
