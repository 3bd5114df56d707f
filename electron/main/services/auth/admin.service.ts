import type { Permission } from '../../../../shared/auth/permissions';
import type { GroupRow, SessionUser, UserRow } from '../../../../shared/ipc/dto/auth';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { diffFields, insertAudit } from '../../db/repos/audit.repo';
import {
  deleteGroup,
  findGroupIdByName,
  getGroup,
  insertGroup,
  listGroups,
  setGroupPermissions,
  updateGroup,
  setGroupReleaseCaps,
} from '../../db/repos/groups.repo';
import {
  countActiveAdmins,
  getUserById,
  getUserByLogin,
  insertUser,
  listUsers,
  setUserGroups,
  updateUser,
  setUserEmail,
  userGroupIds,
} from '../../db/repos/users.repo';
import { hashPassword } from './password';
import { forgetAllDevicesOf } from './remember';

export async function saveUser(
  core: Core,
  actor: SessionUser,
  input: {
    id?: number;
    login: string;
    name: string;
    password?: string;
    active: boolean;
    groupIds: number[];
    email?: string | null;
  },
): Promise<UserRow> {
  if (input.id === undefined && !input.password) {
    throw new AppFailure('users.passwordTooShort');
  }
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  const at = core.now().toISOString();
  const id = core.db.transaction(() => {
    const sameLogin = getUserByLogin(core.db, input.login);
    if (sameLogin && sameLogin.id !== input.id) {
      throw new AppFailure('users.loginTaken', { login: input.login });
    }
    const knownGroups = new Set(listGroups(core.db).map((g) => g.id));
    if (input.groupIds.some((g) => !knownGroups.has(g))) {
      throw new AppFailure('users.groupGone');
    }
    if (input.id === undefined) {
      const newId = insertUser(core.db, { ...input, passwordHash: passwordHash as string, at });
      setUserGroups(core.db, newId, input.groupIds);
      if (input.email !== undefined) setUserEmail(core.db, newId, input.email || null);
      insertAudit(core.db, {
        at,
        userId: actor.id,
        userName: actor.name,
        entity: 'user',
        entityId: newId,
        action: 'Usuário criado',
        changes: diffFields(
          null,
          { login: input.login, name: input.name, active: input.active, groupIds: input.groupIds },
          ['login', 'name', 'active', 'groupIds'],
        ),
      });
      return newId;
    }
    const before = getUserById(core.db, input.id);
    if (!before) throw new AppFailure('users.userNotFound');
    const beforeView = {
      login: before.login,
      name: before.name,
      active: before.active === 1,
      groupIds: userGroupIds(core.db, input.id),
    };
    updateUser(core.db, input.id, { ...input, passwordHash, at });
    setUserGroups(core.db, input.id, input.groupIds);
    if (input.email !== undefined && (input.email || null) !== before.email) {
      setUserEmail(core.db, input.id, input.email || null);
    }
    if (countActiveAdmins(core.db) === 0) throw new AppFailure('users.lastAdmin');
    const changes = diffFields(
      beforeView,
      {
        login: input.login,
        name: input.name,
        active: input.active,
        groupIds: [...new Set(input.groupIds)].sort((a, b) => a - b),
      },
      ['login', 'name', 'active', 'groupIds'],
    );
    if (input.email !== undefined && (input.email || null) !== before.email) {
      changes.email = { before: before.email, after: input.email || null };
    }
    if (passwordHash) changes.password = { before: '***', after: '*** (alterada)' };
    insertAudit(core.db, {
      at,
      userId: actor.id,
      userName: actor.name,
      entity: 'user',
      entityId: input.id,
      action: 'Usuário alterado',
      changes,
    });
    return input.id;
  })();
  if (!input.active || passwordHash) {
    core.sessions.clearUser(id);
    // A new password or a deactivation also ends every "manter conectado" of the user.
    forgetAllDevicesOf(core, id);
  }
  core.events.emit('permissions.changed', {});
  return listUsers(core.db).find((u) => u.id === id) as UserRow;
}

export function saveGroup(
  core: Core,
  actor: SessionUser,
  input: {
    id?: number;
    name: string;
    permissions: Permission[];
    maxCreditIncreaseCents: number | null;
    maxOrderReleaseCents?: number | null;
    mayReleaseOverdue?: boolean;
  },
): GroupRow {
  const at = core.now().toISOString();
  const id = core.db.transaction(() => {
    const sameName = findGroupIdByName(core.db, input.name);
    if (sameName !== undefined && sameName !== input.id) {
      throw new AppFailure('users.groupNameTaken', { name: input.name });
    }
    const before = input.id !== undefined ? getGroup(core.db, input.id) : null;
    if (input.id !== undefined && !before) throw new AppFailure('users.groupNotFound');
    const groupId = input.id ?? insertGroup(core.db, input.name, input.maxCreditIncreaseCents, at);
    if (input.id !== undefined) updateGroup(core.db, groupId, input.name, input.maxCreditIncreaseCents, at);
    setGroupPermissions(core.db, groupId, input.permissions);
    setGroupReleaseCaps(core.db, groupId, input);
    const caps = getGroup(core.db, groupId) as GroupRow;
    if (countActiveAdmins(core.db) === 0) throw new AppFailure('users.lastAdmin');
    const after = {
      name: input.name,
      permissions: [...new Set(input.permissions)].sort(),
      maxCreditIncreaseCents: input.maxCreditIncreaseCents,
      maxOrderReleaseCents: caps.maxOrderReleaseCents,
      mayReleaseOverdue: caps.mayReleaseOverdue,
    };
    insertAudit(core.db, {
      at,
      userId: actor.id,
      userName: actor.name,
      entity: 'group',
      entityId: groupId,
      action: before ? 'Grupo alterado' : 'Grupo criado',
      changes: diffFields(before ?? null, { ...after, id: groupId, memberCount: 0 }, [
        'name',
        'permissions',
        'maxCreditIncreaseCents',
        'maxOrderReleaseCents',
        'mayReleaseOverdue',
      ]),
    });
    return groupId;
  })();
  core.events.emit('permissions.changed', {});
  return getGroup(core.db, id) as GroupRow;
}

export function removeGroup(core: Core, actor: SessionUser, id: number): void {
  const at = core.now().toISOString();
  core.db.transaction(() => {
    const group = getGroup(core.db, id);
    if (!group) throw new AppFailure('users.groupNotFound');
    if (group.memberCount > 0) {
      throw new AppFailure('users.groupHasMembers', { name: group.name, memberCount: group.memberCount });
    }
    deleteGroup(core.db, id);
    insertAudit(core.db, {
      at,
      userId: actor.id,
      userName: actor.name,
      entity: 'group',
      entityId: id,
      action: 'Grupo excluído',
      changes: diffFields(group, null, ['name', 'permissions', 'maxCreditIncreaseCents']),
    });
  })();
  core.events.emit('permissions.changed', {});
}
