/**
 * Usuários e grupos in floor mode: the same rules as services/auth/admin.service.ts, checked
 * and written in one central transaction (the floor's constraints decide a login taken on two
 * seats at once), then pulled into this seat's copy. Every other seat sees the change on its
 * next call (floor-accounts.ts). The Auditoria row of each change is written to the central
 * audit_log in the same transaction (floor/audit/central-audit.ts): every seat's admin sees it.
 */
import type { Permission } from '../../../../shared/auth/permissions';
import type { GroupRow, SessionUser, UserRow } from '../../../../shared/ipc/dto/auth';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { diffFields } from '../../db/repos/audit.repo';
import { getGroup } from '../../db/repos/groups.repo';
import { listUsers } from '../../db/repos/users.repo';
import { log } from '../../log';
import { hashPassword } from '../../services/auth/password';
import { insertCentralChange } from '../audit/central-audit';
import { sharedDb } from '../floor-link';
import {
  centralCountActiveAdmins,
  centralDeleteGroup,
  centralGroupById,
  centralGroupIdByName,
  centralGroupIds,
  centralGroupMemberCount,
  centralGroupPermissions,
  centralInsertUser,
  centralSaveGroup,
  centralSetGroupPermissions,
  centralSetUserGroups,
  centralUpdateUser,
  centralUserById,
  centralUserByLogin,
  centralUserGroupIds,
} from './central-accounts.repo';
import { centralInsertAttempt, centralLoginFailures } from './central-login-attempts.repo';
import { isUniqueViolation, onCentral } from './central-call';
import { floorLoginWaitMs } from './floor-auth.service';

type UserInput = {
  id?: number;
  login: string;
  name: string;
  password?: string;
  active: boolean;
  groupIds: number[];
  email?: string | null;
};

export async function floorSaveUser(core: Core, actor: SessionUser, input: UserInput): Promise<UserRow> {
  if (input.id === undefined && !input.password) throw new AppFailure('users.passwordTooShort');
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  const at = core.now().toISOString();
  const email = input.email === undefined ? undefined : input.email || null;
  const savedId = await onCentral(() =>
    sharedDb(core)
      .transaction()
      .execute(async (tx) => {
        const sameLogin = await centralUserByLogin(tx, input.login);
        if (sameLogin && sameLogin.id !== input.id)
          throw new AppFailure('users.loginTaken', { login: input.login });
        const known = await centralGroupIds(tx);
        if (input.groupIds.some((g) => !known.has(g))) throw new AppFailure('users.groupGone');
        const view = { login: input.login, name: input.name, active: input.active };
        if (input.id === undefined) {
          const id = await centralInsertUser(tx, {
            ...input,
            passwordHash: passwordHash as string,
            email,
            at,
          });
          await centralSetUserGroups(tx, id, input.groupIds);
          const changes = diffFields(null, { ...view, groupIds: input.groupIds }, [
            'login',
            'name',
            'active',
            'groupIds',
          ]);
          await insertCentralChange(tx, at, actor, {
            entity: 'user',
            entityId: id,
            action: 'Usuário criado',
            changes,
          });
          return id;
        }
        const before = await centralUserById(tx, input.id);
        if (!before) throw new AppFailure('users.userNotFound');
        const beforeView = {
          login: before.login,
          name: before.name,
          active: before.active === 1,
          groupIds: await centralUserGroupIds(tx, input.id),
        };
        await centralUpdateUser(tx, input.id, { ...input, passwordHash, email, at });
        await centralSetUserGroups(tx, input.id, input.groupIds);
        if ((await centralCountActiveAdmins(tx)) === 0) throw new AppFailure('users.lastAdmin');
        const groupIds = [...new Set(input.groupIds)].sort((a, b) => a - b);
        const changes = diffFields(beforeView, { ...view, groupIds }, [
          'login',
          'name',
          'active',
          'groupIds',
        ]);
        if (email !== undefined && email !== before.email)
          changes.email = { before: before.email, after: email };
        if (passwordHash) changes.password = { before: '***', after: '*** (alterada)' };
        await insertCentralChange(tx, at, actor, {
          entity: 'user',
          entityId: input.id,
          action: 'Usuário alterado',
          changes,
        });
        return input.id;
      })
      .catch((e: unknown) => {
        if (isUniqueViolation(e, 'users_login_ci'))
          throw new AppFailure('users.loginTaken', { login: input.login });
        throw e;
      }),
  );
  // The pull also ends this seat's sessions and remembered profiles of a user deactivated or
  // given a new password, as the other seats do on their next call.
  await pullAfterChange(core);
  return listUsers(core.db).find((u) => u.id === savedId) as UserRow;
}

type GroupInput = {
  id?: number;
  name: string;
  permissions: Permission[];
  maxCreditIncreaseCents: number | null;
  maxOrderReleaseCents?: number | null;
  mayReleaseOverdue?: boolean;
};

const GROUP_FIELDS = [
  'name',
  'permissions',
  'maxCreditIncreaseCents',
  'maxOrderReleaseCents',
  'mayReleaseOverdue',
] as const;

export async function floorSaveGroup(core: Core, actor: SessionUser, input: GroupInput): Promise<GroupRow> {
  const at = core.now().toISOString();
  const saved = await onCentral(() =>
    sharedDb(core)
      .transaction()
      .execute(async (tx) => {
        const sameName = await centralGroupIdByName(tx, input.name);
        if (sameName !== undefined && sameName !== input.id)
          throw new AppFailure('users.groupNameTaken', { name: input.name });
        const row = input.id !== undefined ? await centralGroupById(tx, input.id) : undefined;
        if (input.id !== undefined && !row) throw new AppFailure('users.groupNotFound');
        const before = row && {
          name: row.name,
          permissions: await centralGroupPermissions(tx, row.id),
          maxCreditIncreaseCents: row.max_credit_increase_cents,
          maxOrderReleaseCents: row.max_order_release_cents,
          mayReleaseOverdue: row.may_release_overdue === 1,
        };
        const id = await centralSaveGroup(tx, input.id, input.name, input, at);
        await centralSetGroupPermissions(tx, id, input.permissions);
        if ((await centralCountActiveAdmins(tx)) === 0) throw new AppFailure('users.lastAdmin');
        const caps = (await centralGroupById(tx, id))!;
        const after = {
          name: input.name,
          permissions: [...new Set(input.permissions)].sort(),
          maxCreditIncreaseCents: input.maxCreditIncreaseCents,
          maxOrderReleaseCents: caps.max_order_release_cents,
          mayReleaseOverdue: caps.may_release_overdue === 1,
        };
        await insertCentralChange(tx, at, actor, {
          entity: 'group',
          entityId: id,
          action: before ? 'Grupo alterado' : 'Grupo criado',
          changes: diffFields(before ?? null, after, [...GROUP_FIELDS]),
        });
        return id;
      })
      .catch((e: unknown) => {
        if (isUniqueViolation(e, 'user_groups_name_ci'))
          throw new AppFailure('users.groupNameTaken', { name: input.name });
        throw e;
      }),
  );
  await pullAfterChange(core);
  return getGroup(core.db, saved) as GroupRow;
}

export async function floorRemoveGroup(core: Core, actor: SessionUser, id: number): Promise<void> {
  const at = core.now().toISOString();
  await onCentral(() =>
    sharedDb(core)
      .transaction()
      .execute(async (tx) => {
        const group = await centralGroupById(tx, id);
        if (!group) throw new AppFailure('users.groupNotFound');
        const memberCount = await centralGroupMemberCount(tx, id);
        if (memberCount > 0) throw new AppFailure('users.groupHasMembers', { name: group.name, memberCount });
        const before = {
          name: group.name,
          permissions: await centralGroupPermissions(tx, id),
          maxCreditIncreaseCents: group.max_credit_increase_cents,
        };
        await centralDeleteGroup(tx, id);
        await insertCentralChange(tx, at, actor, {
          entity: 'group',
          entityId: id,
          action: 'Grupo excluído',
          changes: diffFields(before, null, ['name', 'permissions', 'maxCreditIncreaseCents']),
        });
      }),
  );
  await pullAfterChange(core);
}

/** The Usuários list with each login's wait, counted over every seat's attempts. */
export async function floorListUsersWithWait(core: Core): Promise<UserRow[]> {
  const central = sharedDb(core);
  return onCentral(() =>
    Promise.all(
      listUsers(core.db)
        .filter((u) => !u.login.startsWith(`~${u.id}~`))
        .map(async (u) => ({
          ...u,
          loginWaitSeconds: Math.ceil((await floorLoginWaitMs(core, u.login)) / 1000),
          failedLoginAttempts: (await centralLoginFailures(central, u.login)).count,
        })),
    ),
  );
}

/** "Desbloquear acesso" floor-wide: the user may try again at once on every seat. */
export async function floorUnlockLogin(core: Core, actor: SessionUser, userId: number): Promise<void> {
  await onCentral(() =>
    sharedDb(core)
      .transaction()
      .execute(async (tx) => {
        const user = await centralUserById(tx, userId);
        if (!user) throw new AppFailure('users.userNotFound');
        const waitSeconds = Math.ceil((await floorLoginWaitMs(core, user.login)) / 1000);
        const failures = (await centralLoginFailures(tx, user.login)).count;
        const at = core.now().toISOString();
        await centralInsertAttempt(tx, {
          login: user.login,
          source: 'admin',
          at,
          success: true,
          reason: 'admin_unlock',
        });
        await insertCentralChange(tx, at, actor, {
          entity: 'user',
          entityId: userId,
          action: 'Acesso desbloqueado',
          changes: {
            loginWaitSeconds: { before: waitSeconds, after: 0 },
            failedLoginAttempts: { before: failures, after: 0 },
          },
        });
      }),
  );
  await pullAfterChange(core);
}

/**
 * After a central change: this seat's accounts copy (ends sessions of a user disabled or given a
 * new password, as the other seats do on their next call) and its Histórico (the change feed).
 */
async function pullAfterChange(core: Core): Promise<void> {
  await onCentral(() => core.floorAccounts.pull());
  await core.replicator
    .pullNow()
    .catch((e: unknown) => log.warn(`Histórico atualiza depois: ${(e as Error).message}`));
}
