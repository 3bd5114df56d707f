import type { AuthStatus, SessionUser } from '../../../../shared/ipc/dto/auth';
import { AppFailure } from '../../../../shared/ipc/result';
import { ALL_PERMISSIONS } from '../../../../shared/auth/permissions';
import type { Core } from '../../core-types';
import { insertAudit } from '../../db/repos/audit.repo';
import { insertGroup, setGroupPermissions } from '../../db/repos/groups.repo';
import { deleteSetting, getSetting, setSetting } from '../../db/repos/settings.repo';
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

const REMEMBER_KEY = 'remembered_login';
const REMEMBER_DAYS = 7;

export function loadSessionUser(core: Core, userId: number): SessionUser | null {
  const u = getUserById(core.db, userId);
  if (!u || u.active !== 1) return null;
  const access = effectiveAccess(core.db, userId);
  return { id: u.id, login: u.login, name: u.name, ...access };
}

function adoptRememberedLogin(core: Core, sessionKey: string): void {
  const raw = getSetting(core.db, REMEMBER_KEY);
  if (!raw || core.sessions.userIdFor(sessionKey) !== null) return;
  const remembered = JSON.parse(raw) as { userId: number; until: string };
  if (new Date(remembered.until) > core.now() && loadSessionUser(core, remembered.userId)) {
    core.sessions.set(sessionKey, remembered.userId);
  } else {
    deleteSetting(core.db, REMEMBER_KEY);
  }
}

export function authStatus(core: Core, sessionKey: string): AuthStatus {
  adoptRememberedLogin(core, sessionKey);
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
      throw new AppFailure('CONFLICT', 'O administrador já foi criado. Entre com seu login e senha.');
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
    throw new AppFailure(
      'LOGIN_FAILED',
      user && valid
        ? 'Este usuário está desativado. Fale com um administrador.'
        : 'Login ou senha incorretos.',
    );
  }
  settleReservedAttempt(core, attemptId, true, null);
  const now = core.now();
  core.sessions.set(sessionKey, user.id);
  // A damaged database is read-only: the session lives in memory only until a backup is restored.
  if (core.health.corrupt) {
    // nothing is written
  } else if (input.keepSignedIn) {
    const until = new Date(now.getTime() + REMEMBER_DAYS * 86_400_000).toISOString();
    setSetting(core.db, REMEMBER_KEY, JSON.stringify({ userId: user.id, until }));
  } else {
    deleteSetting(core.db, REMEMBER_KEY);
  }
  core.events.emit('session.changed', { userId: user.id });
  return loadSessionUser(core, user.id) as SessionUser;
}

export function logout(core: Core, sessionKey: string): void {
  core.sessions.clear(sessionKey);
  deleteSetting(core.db, REMEMBER_KEY);
  core.events.emit('session.changed', { userId: null });
}
