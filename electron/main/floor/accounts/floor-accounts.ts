/**
 * Keeps this seat's copy of the floor's accounts current. Before each call the registry asks
 * `ensureFresh()`: one primary-key read of `accounts_version` (never the whole tables); only
 * when it moved are the accounts pulled again, so a user disabled, a password reset or a
 * permission removed on another seat applies to this seat's next call. When the central
 * database cannot be reached the seat keeps its copy (agents already in keep reading) and does
 * not ask again for a few seconds, so no call waits on a dead server. Embedded: a no-op.
 */
import type { Core } from '../../core-types';
import { log } from '../../log';
import { forgetAllDevicesOf } from '../../services/auth/remember';
import { sharedDb } from '../floor-link';
import { applyAccountsSnapshot } from './accounts-mirror';
import { accountsVersion, centralCountUsers, readSnapshot } from './central-accounts.repo';

/** A call never waits longer than this for the version read. */
const CHECK_TIMEOUT_MS = 800;
/** After a failed read, calls run on the local copy this long before the next try. */
const OFFLINE_RETRY_MS = 3_000;

export interface FloorAccounts {
  /** Pulls the floor's accounts when they changed since the last pull (cheap; never throws). */
  ensureFresh(): Promise<void>;
  /** Pulls now (after this seat wrote to the accounts); throws when the floor is unreachable. */
  pull(): Promise<void>;
  /** Whether the floor has any user (null until the first pull): first-start setup in floor mode. */
  floorHasUsers(): boolean | null;
}

export const EMBEDDED_ACCOUNTS: FloorAccounts = {
  ensureFresh: () => Promise.resolve(),
  pull: () => Promise.resolve(),
  floorHasUsers: () => null,
};

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export function createFloorAccounts(core: Core): FloorAccounts {
  if (core.floor.mode !== 'floor') return EMBEDDED_ACCOUNTS;
  let known = -1;
  let hasUsers: boolean | null = null;
  let retryAt = 0;
  let checking: Promise<void> | null = null;
  let offlineLogged = false;
  /** The last revocation seen per user: a new one ends that user's sessions on this seat. */
  const revokedAt = new Map<number, string>();

  const pullNow = async (): Promise<void> => {
    const snap = await readSnapshot(sharedDb(core));
    if (snap.version <= known) return;
    hasUsers = snap.users.length > 0;
    // A floor without users yet (joined, not imported): this seat's own accounts stay, so its
    // admin can still log in and run "Importar dados deste computador".
    if (!hasUsers) return void (known = snap.version);
    const { endedUserIds } = applyAccountsSnapshot(core.db, snap);
    known = snap.version;
    const dropDevices = core.db.prepare(
      'DELETE FROM remembered_devices WHERE user_id = ? AND created_at < ?',
    );
    const revokedNow: number[] = [];
    for (const r of snap.revocations) {
      // Also on a seat that was off when it happened: its remembered profiles are older.
      dropDevices.run(r.user_id, r.revoked_at);
      if (revokedAt.get(r.user_id) !== r.revoked_at) revokedNow.push(r.user_id);
      revokedAt.set(r.user_id, r.revoked_at);
    }
    for (const id of new Set([...endedUserIds, ...revokedNow])) {
      // Sent while the windows still belong to the user, so the event reaches them.
      core.events.emit('session.changed', { userId: null }, { userId: id });
      core.sessions.clearUser(id);
    }
    // As on the seat that made the change: a deactivation or a new password ends every remembered profile.
    for (const id of endedUserIds) forgetAllDevicesOf(core, id);
    // The core drops its cached session users on this event; open screens refresh.
    core.events.emit('permissions.changed', {});
  };

  const check = async (): Promise<void> => {
    try {
      const version = await withTimeout(accountsVersion(sharedDb(core)), CHECK_TIMEOUT_MS);
      if (version !== known) await withTimeout(pullNow(), CHECK_TIMEOUT_MS * 4);
      offlineLogged = false;
    } catch (e) {
      retryAt = performance.now() + OFFLINE_RETRY_MS;
      if (!offlineLogged)
        log.warn(`banco central inacessível; usuários e permissões locais: ${(e as Error).message}`);
      offlineLogged = true;
    }
  };

  // "Restaurar backup" swaps the local file: its copy of the accounts is as old as the backup.
  core.events.subscribe((event) => {
    if (event === 'db.health') known = -1;
  });

  return {
    ensureFresh() {
      if (core.health.corrupt || performance.now() < retryAt) return Promise.resolve();
      return (checking ??= check().finally(() => (checking = null)));
    },
    pull: pullNow,
    floorHasUsers: () => hasUsers,
  };
}

/**
 * Whether logins go to the central accounts: in floor mode once the floor has users (import or
 * first setup there). Until then a seat with its own users keeps logging them in locally; a
 * fresh seat (no users of its own) sets the floor's first admin up. An unreachable server
 * counts as "central", so the login says so instead of falling back.
 */
export async function usesFloorAccounts(core: Core): Promise<boolean> {
  if (!core.floor.pool) return false;
  if (core.floorAccounts.floorHasUsers() === true) return true;
  try {
    if ((await centralCountUsers(sharedDb(core))) > 0) return true;
  } catch {
    return true;
  }
  const local = core.db.prepare("SELECT COUNT(*) AS n FROM users WHERE login NOT LIKE '~%'").get() as {
    n: number;
  };
  return local.n === 0;
}
