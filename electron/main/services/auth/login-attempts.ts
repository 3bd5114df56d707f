import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import {
  insertAttempt,
  loginFailures,
  settleAttempt,
  sourceFailures,
} from '../../db/repos/login-attempts.repo';
import { remainingWaitMs, SOURCE_FREE_FAILURES, SOURCE_WINDOW_MS } from './throttle';

const CORRUPT_FAILURE_DELAY_MS = 2_000;

/** Milliseconds `login` must still wait before its next attempt is verified (0: it may try now). */
export function loginWaitMs(core: Core, login: string): number {
  const f = loginFailures(core.db, login);
  return remainingWaitMs(f.count, f.lastAt ? new Date(f.lastAt) : null, core.now());
}

function sourceWaitMs(core: Core, source: string): number {
  const now = core.now();
  const since = new Date(now.getTime() - SOURCE_WINDOW_MS).toISOString();
  const f = sourceFailures(core.db, source, since);
  return remainingWaitMs(f.count, f.lastAt ? new Date(f.lastAt) : null, now, SOURCE_FREE_FAILURES);
}

/**
 * Reserves one attempt before the (slow, asynchronous) password check, in one immediate
 * transaction: the reservation counts as a failure until settled, so fifty parallel guesses see
 * each other and only the free ones reach the check. Throws LOGIN_THROTTLED naming the wait.
 */
export function reserveAttempt(core: Core, login: string, source: string): number | null {
  // A damaged database refuses writes: an administrator must still log in to restore a backup.
  if (core.health.corrupt) return null;
  const at = core.now().toISOString();
  const outcome: { waitMs: number } | { id: number } = core.db
    .transaction(() => {
      const waitMs = Math.max(loginWaitMs(core, login), sourceWaitMs(core, source));
      if (waitMs > 0) {
        insertAttempt(core.db, { login, source, at, success: false, reason: 'throttled' });
        return { waitMs };
      }
      return { id: insertAttempt(core.db, { login, source, at, success: false, reason: 'pending' }) };
    })
    .immediate();
  if ('waitMs' in outcome) throw new AppFailure('auth.throttled', { waitMs: outcome.waitMs });
  return outcome.id;
}

export function settleReservedAttempt(
  core: Core,
  id: number | null,
  success: boolean,
  reason: string | null,
): void {
  if (id !== null) settleAttempt(core.db, id, success, reason);
}

/** Without accounting (damaged database) each failure costs a fixed wait instead. */
export async function settleFailedAttempt(core: Core, id: number | null, reason: string): Promise<void> {
  if (id !== null) return settleReservedAttempt(core, id, false, reason);
  await new Promise((resolve) => setTimeout(resolve, CORRUPT_FAILURE_DELAY_MS));
}

/** An administrator's "Desbloquear acesso": ends the wait as a success would. */
export function unlockLoginAttempts(core: Core, login: string): void {
  insertAttempt(core.db, {
    login,
    source: 'admin',
    at: core.now().toISOString(),
    success: true,
    reason: 'admin_unlock',
  });
}
