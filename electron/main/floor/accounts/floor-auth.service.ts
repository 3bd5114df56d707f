/**
 * Login and first setup in floor mode: the password hash and the throttling counts are read
 * and written in the central database, so a user created once logs in on every seat and wrong
 * passwords count floor-wide. The session itself stays in this seat's memory (as embedded)
 * and "manter conectado" stays per seat, on this seat's copy of the user.
 */
import type { AuthStatus, SessionUser } from '../../../../shared/ipc/dto/auth';
import { ALL_PERMISSIONS } from '../../../../shared/auth/permissions';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { authStatus, loadSessionUser, logoutEverywhere } from '../../services/auth/auth.service';
import type { DeviceSlot } from '../../services/auth/device-slot';
import { decoyHash, hashPassword, verifyPassword } from '../../services/auth/password';
import { forgetDevice, rememberDevice } from '../../services/auth/remember';
import { remainingWaitMs, SOURCE_FREE_FAILURES, SOURCE_WINDOW_MS } from '../../services/auth/throttle';
import { auditRowOf, insertCentralAudit } from '../audit/central-audit';
import { sharedDb } from '../floor-link';
import {
  centralCountUsers,
  centralInsertUser,
  centralRevokeSessions,
  centralSaveGroup,
  centralSetGroupPermissions,
  centralSetUserGroups,
  centralUserByLogin,
} from './central-accounts.repo';
import {
  centralInsertAttempt,
  centralLoginFailures,
  centralSettleAttempt,
  centralSourceFailures,
  lockAttempts,
} from './central-login-attempts.repo';
import { onCentral } from './central-call';
import { sql } from 'kysely';

/** Milliseconds `login` must still wait, counted over every seat's attempts. */
export async function floorLoginWaitMs(core: Core, login: string): Promise<number> {
  const f = await centralLoginFailures(sharedDb(core), login);
  return remainingWaitMs(f.count, f.lastAt ? new Date(f.lastAt) : null, core.now());
}

/** As reserveAttempt: one reservation per attempt, under a floor-wide lock of login and source. */
async function reserveFloorAttempt(core: Core, login: string, source: string): Promise<number> {
  const at = core.now().toISOString();
  const outcome = await sharedDb(core)
    .transaction()
    .execute(async (tx): Promise<{ waitMs: number } | { id: number }> => {
      await lockAttempts(tx, login, source);
      const byLogin = await centralLoginFailures(tx, login);
      const since = new Date(core.now().getTime() - SOURCE_WINDOW_MS).toISOString();
      const bySource = await centralSourceFailures(tx, source, since);
      const now = core.now();
      const waitMs = Math.max(
        remainingWaitMs(byLogin.count, byLogin.lastAt ? new Date(byLogin.lastAt) : null, now),
        remainingWaitMs(
          bySource.count,
          bySource.lastAt ? new Date(bySource.lastAt) : null,
          now,
          SOURCE_FREE_FAILURES,
        ),
      );
      if (waitMs > 0) {
        await centralInsertAttempt(tx, { login, source, at, success: false, reason: 'throttled' });
        return { waitMs };
      }
      return { id: await centralInsertAttempt(tx, { login, source, at, success: false, reason: 'pending' }) };
    });
  if ('waitMs' in outcome) throw new AppFailure('auth.throttled', { waitMs: outcome.waitMs });
  return outcome.id;
}

export async function floorLogin(
  core: Core,
  sessionKey: string,
  input: { login: string; password: string; keepSignedIn: boolean },
  source: string,
  device: DeviceSlot | null,
): Promise<SessionUser> {
  const central = sharedDb(core);
  const attemptId = await onCentral(() => reserveFloorAttempt(core, input.login, source));
  const settle = (success: boolean, reason: string | null) =>
    onCentral(() => centralSettleAttempt(central, attemptId, success, reason));
  const user = await onCentral(() => centralUserByLogin(central, input.login));
  const valid = await verifyPassword(input.password, user?.password_hash ?? (await decoyHash())).catch(
    async (e: unknown) => {
      await settle(false, 'error');
      throw e;
    },
  );
  if (!user || !valid || user.active !== 1) {
    await settle(false, !user ? 'unknown_login' : !valid ? 'wrong_password' : 'inactive');
    throw new AppFailure(user && valid ? 'auth.userDisabled' : 'auth.wrongCredentials');
  }
  await settle(true, null);
  // This seat's copy must hold the user (and its groups) before the session resolves it.
  await onCentral(() => core.floorAccounts.pull());
  const sessionUser = loadSessionUser(core, user.id);
  if (!sessionUser) throw new AppFailure('auth.wrongCredentials');
  core.sessions.set(sessionKey, user.id);
  if (device && !core.health.corrupt) {
    if (input.keepSignedIn) await rememberDevice(core, device, user.id);
    else await forgetDevice(core, device);
  }
  core.events.emit('session.changed', { userId: user.id }, { sessionKey });
  return sessionUser;
}

/** Key of the advisory lock two seats take to create the floor's first administrator once. */
const SETUP_LOCK = 4_207_311_400;

export async function floorSetupFirstAdmin(
  core: Core,
  sessionKey: string,
  input: { name: string; login: string; password: string },
): Promise<SessionUser> {
  const passwordHash = await hashPassword(input.password);
  const at = core.now().toISOString();
  const userId = await onCentral(() =>
    sharedDb(core)
      .transaction()
      .execute(async (tx) => {
        await sql`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`.execute(tx);
        if ((await centralCountUsers(tx)) > 0) throw new AppFailure('auth.adminExists');
        const groupId = await centralSaveGroup(
          tx,
          undefined,
          'Administradores',
          { maxCreditIncreaseCents: null },
          at,
        );
        await centralSetGroupPermissions(tx, groupId, ALL_PERMISSIONS);
        const id = await centralInsertUser(tx, {
          login: input.login,
          name: input.name,
          passwordHash,
          active: true,
          at,
        });
        await centralSetUserGroups(tx, id, [groupId]);
        await insertCentralAudit(tx, [
          auditRowOf({
            at,
            userId: id,
            userName: input.name,
            entity: 'user',
            entityId: id,
            action: 'Administrador inicial criado',
            changes: {
              login: { before: null, after: input.login },
              name: { before: null, after: input.name },
            },
          }),
        ]);
        return id;
      }),
  );
  await onCentral(() => core.floorAccounts.pull());
  await core.replicator.pullNow().catch(() => undefined);
  core.sessions.set(sessionKey, userId);
  return loadSessionUser(core, userId) as SessionUser;
}

/** As authStatus, but "first start" means the floor has no user yet (not this seat's file). */
export async function floorAuthStatus(
  core: Core,
  sessionKey: string,
  device: DeviceSlot | null,
): Promise<AuthStatus> {
  const status = await authStatus(core, sessionKey, device);
  const hasUsers = core.floorAccounts.floorHasUsers();
  return hasUsers === null ? status : { ...status, needsSetup: !hasUsers };
}

/**
 * "Sair de todos os dispositivos" on every seat: this seat at once (as embedded), the others on
 * their next call. When the floor cannot be reached this seat is still logged out, and the
 * user is told the other seats could not be reached.
 */
export async function floorLogoutEverywhere(
  core: Core,
  userId: number,
  device: DeviceSlot | null,
): Promise<void> {
  await logoutEverywhere(core, userId, device);
  await onCentral(() => centralRevokeSessions(sharedDb(core), userId, core.now().toISOString()));
  await core.floorAccounts.pull().catch(() => undefined);
}
