import { listAudit } from '../db/repos/audit.repo';
import { listGroups } from '../db/repos/groups.repo';
import { removeGroup, saveGroup, saveUser } from '../services/auth/admin.service';
import { listUsersWithWait, unlockLogin } from '../services/auth/login-unlock.service';
import { saoPauloDayStartUtc } from '../services/time';
import {
  floorListUsersWithWait,
  floorRemoveGroup,
  floorSaveGroup,
  floorSaveUser,
  floorUnlockLogin,
} from '../floor/accounts/floor-admin.service';
import { defineHandlers, requireUser } from './registry';

export const userHandlers = defineHandlers({
  // Floor mode: written in the central database, then pulled into this seat's copy.
  'users.list': ({ core }) => (core.floor.pool ? floorListUsersWithWait(core) : listUsersWithWait(core)),
  'users.save': (ctx, input) =>
    (ctx.core.floor.pool ? floorSaveUser : saveUser)(ctx.core, requireUser(ctx).user, input),
  'groups.list': ({ core }) => listGroups(core.db),
  'groups.save': (ctx, input) =>
    (ctx.core.floor.pool ? floorSaveGroup : saveGroup)(ctx.core, requireUser(ctx).user, input),
  'groups.delete': async (ctx, { id }) => {
    if (ctx.core.floor.pool) await floorRemoveGroup(ctx.core, requireUser(ctx).user, id);
    else removeGroup(ctx.core, requireUser(ctx).user, id);
    return null;
  },
  'audit.list': ({ core }, f) =>
    listAudit(core.db, {
      userId: f.userId,
      entity: f.entity,
      fromIso: f.from ? saoPauloDayStartUtc(f.from) : undefined,
      // "até 21/11" includes the whole day in São Paulo.
      toIso: f.to ? saoPauloDayStartUtc(f.to, 1) : undefined,
      offset: f.offset,
      limit: f.limit,
    }),
  'users.unlockLogin': async (ctx, { id }) => {
    if (ctx.core.floor.pool) await floorUnlockLogin(ctx.core, requireUser(ctx).user, id);
    else unlockLogin(ctx.core, requireUser(ctx).user, id);
    return null;
  },
});
