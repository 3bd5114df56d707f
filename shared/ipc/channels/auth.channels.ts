import { z } from 'zod';
import { ALL_PERMISSIONS, type Permission } from '../../auth/permissions';
import { channel, empty, id, isoDate, requiredText } from '../channel-spec';
import type { AuditEntry, AuthStatus, GroupRow, SessionUser, UserRow } from '../dto/auth';

const password = z
  .string()
  .min(8, 'A senha deve ter pelo menos 8 caracteres.')
  .max(200, 'A senha deve ter no máximo 200 caracteres.');
const login = z
  .string()
  .trim()
  .min(3, 'O login deve ter pelo menos 3 caracteres.')
  .max(60, 'O login deve ter no máximo 60 caracteres.')
  .regex(/^[a-zA-Z0-9._@-]+$/, 'O login aceita apenas letras sem acento, números e . _ @ -');
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
    input: z.object({
      id: id.optional(),
      login,
      name: requiredText('O nome', 120),
      password: password.optional(),
      active: z.boolean().default(true),
      groupIds: z.array(id).max(50),
      email: z
        .union([z.literal(''), z.email({ message: 'Informe um e-mail válido.' }).max(200)])
        .nullable()
        .optional(),
    }),
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
