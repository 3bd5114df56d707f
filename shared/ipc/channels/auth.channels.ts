import { z } from 'zod';
import { ALL_PERMISSIONS, type Permission } from '../../auth/permissions';
import { channel, empty, id, isoDate, requiredText } from '../channel-spec';
import { login, password, userSaveSchema } from '../../forms/user.schema';
import type { AuditEntry, AuthStatus, GroupRow, SessionUser, UserRow } from '../dto/auth';

const permissionList = z.array(z.enum(ALL_PERMISSIONS as [Permission, ...Permission[]]));

export const authChannels = {
  'auth.status': channel<AuthStatus>()({ input: empty, kind: 'query', auth: 'public' }),
  'auth.setup': channel<SessionUser>()({
    input: z.object({ name: requiredText('O nome', 120), login, password }),
    kind: 'session',
    auth: 'public',
  }),
  'auth.login': channel<SessionUser>()({
    input: z.object({
      login: z.string().trim().min(1, 'Informe o login.').max(60),
      password: z.string().min(1, 'Informe a senha.').max(200),
      keepSignedIn: z.boolean().default(false),
    }),
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
    input: z.object({
      id: id.optional(),
      name: requiredText('O nome do grupo', 80),
      permissions: permissionList,
      maxCreditIncreaseCents: z.number().int().min(0).nullable().default(null),
      // Liberação de crédito caps; omitted = keep what the group has (null = no cap).
      maxOrderReleaseCents: z.number().int().min(0).max(100_000_000_000).nullable().optional(),
      mayReleaseOverdue: z.boolean().optional(),
    }),
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
