/**
 * The one IPC contract: channel name -> zod input schema -> result type, plus what the
 * registry must check before the handler runs. Main parses every input with these schemas;
 * preload and renderer are typed from the same object.
 */
import { z } from 'zod';
import type { Permission } from '../auth/permissions';
import { ALL_PERMISSIONS } from '../auth/permissions';
import type { AppInfo, WorkspaceState } from './dto/app';
import type { AuditEntry, AuthStatus, GroupRow, SessionUser, UserRow } from './dto/auth';
import type { Client, ClientSearchRow } from './dto/clients';

/**
 * - `query` reads;
 * - `mutation` changes business data or spends money: it must declare a permission or be
 *   explicitly marked `anyUser` (e.g. quick notes every agent may write);
 * - `session` only touches the caller's own session or UI state.
 */
export type ChannelKind = 'query' | 'mutation' | 'session';

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  kind: ChannelKind;
  /** Permission the registry checks before the handler runs. */
  permission?: Permission;
  /** A mutation every logged-in user may run, stated on purpose rather than by omission. */
  anyUser?: true;
  /** `public` channels run without a logged-in user (login screen, first-run setup). */
  auth?: 'public';
  /** Phantom field carrying the result type; never read at run time. */
  output: O;
}

const channel =
  <O>() =>
  <I extends z.ZodType>(spec: Omit<ChannelSpec<I, O>, 'output'>): ChannelSpec<I, O> => ({
    ...spec,
    output: undefined as unknown as O,
  });

const empty = z.object({}).strict();
const id = z.number().int().positive();
const name = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${label} é obrigatório.`)
    .max(max, `${label} deve ter no máximo ${max} caracteres.`);
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
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Data inválida.');

export const contract = {
  'app.info': channel<AppInfo>()({ input: empty, kind: 'query', auth: 'public' }),

  // --- session and first run
  'auth.status': channel<AuthStatus>()({ input: empty, kind: 'query', auth: 'public' }),
  'auth.setup': channel<SessionUser>()({
    input: z.object({ name: name('O nome', 120), login, password }),
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

  // --- F9 search and the client screen
  'clients.search': channel<ClientSearchRow[]>()({
    input: z.object({
      query: z.string().max(200),
      limit: z.number().int().min(1).max(100).default(20),
    }),
    kind: 'query',
  }),
  'clients.recent': channel<ClientSearchRow[]>()({
    input: z.object({ limit: z.number().int().min(1).max(50).default(15) }),
    kind: 'query',
  }),
  'clients.get': channel<Client>()({ input: z.object({ id }), kind: 'query' }),
  'clients.markOpened': channel<null>()({ input: z.object({ id }), kind: 'session' }),

  // --- workspace tabs, restored on restart
  'workspace.get': channel<WorkspaceState>()({ input: empty, kind: 'query' }),
  'workspace.save': channel<null>()({
    input: z.object({
      openClientIds: z.array(id).max(30),
      activeClientId: id.nullable(),
    }),
    kind: 'session',
  }),

  // --- users, groups, audit
  'users.list': channel<UserRow[]>()({ input: empty, kind: 'query', permission: 'settings.users' }),
  'users.save': channel<UserRow>()({
    input: z.object({
      id: id.optional(),
      login,
      name: name('O nome', 120),
      password: password.optional(),
      active: z.boolean().default(true),
      groupIds: z.array(id).max(50),
    }),
    kind: 'mutation',
    permission: 'settings.users',
  }),
  'groups.list': channel<GroupRow[]>()({ input: empty, kind: 'query', permission: 'settings.users' }),
  'groups.save': channel<GroupRow>()({
    input: z.object({
      id: id.optional(),
      name: name('O nome do grupo', 80),
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
} satisfies Record<string, ChannelSpec>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = Contract[C]['output'];

/** Main -> renderer events. */
export interface EventMap {
  'session.changed': { userId: number | null };
  'permissions.changed': Record<string, never>;
}
export type EventName = keyof EventMap;

export const channelNames = Object.keys(contract) as ChannelName[];
