import { z } from 'zod';
import { channel, empty, id, isoDate } from '../channel-spec';
import { userSaveSchema } from '../../forms/user.schema';
import { groupSaveSchema } from '../../forms/group.schema';
import { loginSchema, setupSchema } from '../../forms/auth.schema';
import type { AuditEntry, AuthStatus, GroupRow, SessionUser, UserRow } from '../dto/auth';

export const authChannels = {
  'auth.status': channel<AuthStatus>()({ input: empty, kind: 'query', auth: 'public' }),
  'auth.setup': channel<SessionUser>()({
    input: setupSchema,
    kind: 'session',
    auth: 'public',
  }),
  'auth.login': channel<SessionUser>()({
    input: loginSchema,
    kind: 'session',
    auth: 'public',
  }),
  'auth.logout': channel<null>()({ input: empty, kind: 'session', auth: 'public' }),
  'auth.logoutEverywhere': channel<null>()({ input: empty, kind: 'session', anyUser: true }),

  'users.list': channel<UserRow[]>()({ input: empty, kind: 'query', permission: 'settings.users' }),
  'users.save': channel<UserRow>()({
    input: userSaveSchema,
    kind: 'mutation',
    permission: 'settings.users',
  }),
  'groups.list': channel<GroupRow[]>()({ input: empty, kind: 'query', permission: 'settings.users' }),
  'groups.save': channel<GroupRow>()({
    input: groupSaveSchema,
    kind: 'mutation',
    permission: 'settings.users',
  }),
  'groups.delete': channel<null>()({
    input: z.object({ id }),
    kind: 'mutation',
    permission: 'settings.users',
  }),
  'audit.list': channel<{ rows: AuditEntry[]; total: number }>()({
    input: z.object({
      userId: id.optional(),
      entity: z.string().max(60).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    kind: 'query',
    permission: 'settings.users',
  }),
  'users.unlockLogin': channel<null>()({
    input: z.object({ id }),
    kind: 'mutation',
    permission: 'settings.users',
  }),
};
