import type { SessionUser, UserRow } from '../../../../shared/ipc/dto/auth';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { insertAudit } from '../../db/repos/audit.repo';
import { loginFailures } from '../../db/repos/login-attempts.repo';
import { getUserById, listUsers } from '../../db/repos/users.repo';
import { loginWaitMs, unlockLoginAttempts } from './login-attempts';

/** The Usuários list, with how long each login must still wait after failed attempts. */
export function listUsersWithWait(core: Core): UserRow[] {
  return listUsers(core.db).map((u) => ({
    ...u,
    loginWaitSeconds: Math.ceil(loginWaitMs(core, u.login) / 1000),
    failedLoginAttempts: loginFailures(core.db, u.login).count,
  }));
}

/** "Desbloquear acesso": the user may try again at once; who did it is audited. */
export function unlockLogin(core: Core, actor: SessionUser, userId: number): void {
  core.db.transaction(() => {
    const user = getUserById(core.db, userId);
    if (!user) throw new AppFailure('users.userNotFound');
    const waitSeconds = Math.ceil(loginWaitMs(core, user.login) / 1000);
    const failures = loginFailures(core.db, user.login).count;
    unlockLoginAttempts(core, user.login);
    insertAudit(core.db, {
      at: core.now().toISOString(),
      userId: actor.id,
      userName: actor.name,
      entity: 'user',
      entityId: user.id,
      action: 'Acesso desbloqueado',
      changes: {
        loginWaitSeconds: { before: waitSeconds, after: 0 },
        failedLoginAttempts: { before: failures, after: 0 },
      },
    });
  })();
}
