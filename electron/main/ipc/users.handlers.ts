import { listAudit } from '../db/repos/audit.repo';
import { listGroups } from '../db/repos/groups.repo';
import { removeGroup, saveGroup, saveUser } from '../services/auth/admin.service';
import { listUsersWithWait, unlockLogin } from '../services/auth/login-unlock.service';
import { saoPauloDayStartUtc } from '../services/time';
import { defineHandlers, requireUser } from './registry';

export const userHandlers = defineHandlers({
  'users.list': ({ core }) => listUsersWithWait(core),
  'users.save': (ctx, input) => saveUser(ctx.core, requireUser(ctx).user, input),
  'groups.list': ({ core }) => listGroups(core.db),
  'groups.save': (ctx, input) => saveGroup(ctx.core, requireUser(ctx).user, input),
  'groups.delete': (ctx, { id }) => {
    removeGroup(ctx.core, requireUser(ctx).user, id);
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
  'users.unlockLogin': (ctx, { id }) => {
    unlockLogin(ctx.core, requireUser(ctx).user, id);
    return null;
  },
});
