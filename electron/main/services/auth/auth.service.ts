import type { AuthStatus, SessionUser } from '../../../../shared/ipc/dto/auth';
import { AppFailure } from '../../../../shared/ipc/result';
import { ALL_PERMISSIONS } from '../../../../shared/auth/permissions';
import type { Core } from '../../core-types';
import { insertAudit } from '../../db/repos/audit.repo';
import { insertGroup, setGroupPermissions } from '../../db/repos/groups.repo';
import { getSetting } from '../../db/repos/settings.repo';
import {
  countUsers,
  hasAnyUser,
  effectiveAccess,
  getUserById,
  getUserByLogin,
  insertUser,
  setUserGroups,
} from '../../db/repos/users.repo';
import { decoyHash, hashPassword, verifyPassword } from './password';
import { reserveAttempt, settleFailedAttempt, settleReservedAttempt } from './login-attempts';
import { DEMO_CREDENTIALS } from './demo-users';
import { setupState } from '../erp/first-sync';
import type { DeviceSlot } from './device-slot';
import { forgetAllDevicesOf, forgetDevice, rememberDevice, rememberedUser } from './remember';

export function loadSessionUser(core: Core, userId: number): SessionUser | null {
  const u = getUserById(core.db, userId);
  if (!u || u.active !== 1) return null;
  const access = effectiveAccess(core.db, userId);
  return { id: u.id, login: u.login, name: u.name, ...access };
}

/** A window without a session logs in only with its own profile's "manter conectado" token. */
async function adoptRememberedLogin(
  core: Core,
  sessionKey: string,
  device: DeviceSlot | null,
): Promise<void> {
  if (!device || core.sessions.userIdFor(sessionKey) !== null) return;
  const userId = await rememberedUser(core, device);
  if (userId !== null && loadSessionUser(core, userId)) core.sessions.set(sessionKey, userId);
}

export async function authStatus(
  core: Core,
  sessionKey: string,
  device: DeviceSlot | null = null,
): Promise<AuthStatus> {
  await adoptRememberedLogin(core, sessionKey, device);
  const demo = getSetting(core.db, 'is_demo') === '1';
  return {
    needsSetup: !hasAnyUser(core.db),
    user: core.sessions.userFor(sessionKey),
    demoCredentials: demo ? DEMO_CREDENTIALS : [],
    setup: setupState(core),
  };
}

/** First start of a brand-new database: there is no default password, the admin creates one. */
export async function setupFirstAdmin(
  core: Core,
  sessionKey: string,
  input: { name: string; login: string; password: string },
): Promise<SessionUser> {
  const passwordHash = await hashPassword(input.password);
  const at = core.now().toISOString();
  const userId = core.db.transaction(() => {
    if (countUsers(core.db) > 0) {
      throw new AppFailure('auth.adminExists');
    }
    const groupId = insertGroup(core.db, 'Administradores', null, at);
    setGroupPermissions(core.db, groupId, ALL_PERMISSIONS);
    const id = insertUser(core.db, { login: input.login, name: input.name, passwordHash, active: true, at });
    setUserGroups(core.db, id, [groupId]);
    insertAudit(core.db, {
      at,
      userId: id,
      userName: input.name,
      entity: 'user',
      entityId: id,
      action: 'Administrador inicial criado',
      changes: { login: { before: null, after: input.login }, name: { before: null, after: input.name } },
    });
    return id;
  })();
  core.sessions.set(sessionKey, userId);
  return loadSessionUser(core, userId) as SessionUser;
}

export async function login(
  core: Core,
  sessionKey: string,
  input: { login: string; password: string; keepSignedIn: boolean },
  source: string,
  device: DeviceSlot | null = null,
): Promise<SessionUser> {
  const attemptId = reserveAttempt(core, input.login, source);
  const user = getUserByLogin(core.db, input.login);
  const valid = await verifyPassword(input.password, user?.password_hash ?? (await decoyHash())).catch(
    (e: unknown) => {
      settleReservedAttempt(core, attemptId, false, 'error');
      throw e;
    },
  );
  if (!user || !valid || user.active !== 1) {
    await settleFailedAttempt(
      core,
      attemptId,
      !user ? 'unknown_login' : !valid ? 'wrong_password' : 'inactive',
    );
    throw new AppFailure(user && valid ? 'auth.userDisabled' : 'auth.wrongCredentials');
  }
  settleReservedAttempt(core, attemptId, true, null);
  core.sessions.set(sessionKey, user.id);
  // A damaged database is read-only: the session lives in memory only until a backup is restored.
  if (device && !core.health.corrupt) {
    if (input.keepSignedIn) await rememberDevice(core, device, user.id);
    else await forgetDevice(core, device);
  }
  core.events.emit('session.changed', { userId: user.id }, { sessionKey });
  return loadSessionUser(core, user.id) as SessionUser;
}

/** Sair: ends this window's session and this profile's "manter conectado", nobody else's. */
export async function logout(core: Core, sessionKey: string, device: DeviceSlot | null): Promise<void> {
  core.sessions.clear(sessionKey);
  if (device) await forgetDevice(core, device);
  core.events.emit('session.changed', { userId: null }, { sessionKey });
}

/** Sair de todos os dispositivos: every window of this user and every remembered profile. */
export async function logoutEverywhere(core: Core, userId: number, device: DeviceSlot | null): Promise<void> {
  if (device) await forgetDevice(core, device);
  forgetAllDevicesOf(core, userId);
  // Emitted while the windows still belong to the user, so the event reaches them.
  core.events.emit('session.changed', { userId: null }, { userId });
  core.sessions.clearUser(userId);
}
