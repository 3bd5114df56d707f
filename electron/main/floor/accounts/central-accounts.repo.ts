/**
 * Queries on the floor's accounts tables (PostgreSQL, db/floor-migrations/0400-accounts.sql),
 * written once with Kysely. Logins and group names compare without regard to case, as the
 * SQLite twins' COLLATE NOCASE.
 */
import { sql, type Kysely } from 'kysely';
import type { SharedSchema } from '../shared-schema';
import type { UsersTable } from '../schema/accounts.schema';

type Central = Kysely<SharedSchema>;

export interface CentralUser {
  id: number;
  login: string;
  name: string;
  password_hash: string;
  active: number;
  email: string | null;
  created_at: string;
  updated_at: string;
}

export interface CentralGroup {
  id: number;
  name: string;
  max_credit_increase_cents: number | null;
  max_order_release_cents: number | null;
  may_release_overdue: number;
  created_at: string;
  updated_at: string;
}

/** Every accounts row at one version: what each seat mirrors into its SQLite file. */
export interface AccountsSnapshot {
  version: number;
  users: CentralUser[];
  groups: CentralGroup[];
  permissions: { group_id: number; permission: string }[];
  members: { user_id: number; group_id: number }[];
  /** When each user last chose "Sair de todos os dispositivos" (0410). */
  revocations: { user_id: number; revoked_at: string }[];
}

const sameLogin = (login: string) => sql<boolean>`lower(login) = lower(${login})`;

export async function accountsVersion(db: Central): Promise<number> {
  const row = await db
    .selectFrom('accounts_version')
    .select('version')
    .where('id', '=', 1)
    .executeTakeFirst();
  return row?.version ?? 0;
}

/** Read in one repeatable-read transaction, so the version matches the rows. */
export function readSnapshot(db: Central): Promise<AccountsSnapshot> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (tx) => ({
      version: await accountsVersion(tx),
      users: await tx.selectFrom('users').selectAll().orderBy('id').execute(),
      groups: await tx.selectFrom('user_groups').selectAll().orderBy('id').execute(),
      permissions: await tx.selectFrom('group_permissions').selectAll().execute(),
      members: await tx.selectFrom('user_group_members').selectAll().execute(),
      revocations: await tx.selectFrom('user_session_revocations').selectAll().execute(),
    }));
}

export const centralUserByLogin = (db: Central, login: string): Promise<CentralUser | undefined> =>
  db.selectFrom('users').selectAll().where(sameLogin(login)).executeTakeFirst();

export const centralUserById = (db: Central, id: number): Promise<CentralUser | undefined> =>
  db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

export async function centralCountUsers(db: Central): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function centralInsertUser(
  db: Central,
  u: {
    login: string;
    name: string;
    passwordHash: string;
    active: boolean;
    email?: string | null;
    at: string;
  },
): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      login: u.login,
      name: u.name,
      password_hash: u.passwordHash,
      active: u.active ? 1 : 0,
      email: u.email ?? null,
      created_at: u.at,
      updated_at: u.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function centralUpdateUser(
  db: Central,
  id: number,
  u: {
    login: string;
    name: string;
    active: boolean;
    passwordHash?: string;
    email?: string | null;
    at: string;
  },
): Promise<void> {
  const set: Partial<Omit<UsersTable, 'id'>> = {
    login: u.login,
    name: u.name,
    active: u.active ? 1 : 0,
    updated_at: u.at,
  };
  if (u.passwordHash) set.password_hash = u.passwordHash;
  if (u.email !== undefined) set.email = u.email;
  await db.updateTable('users').set(set).where('id', '=', id).execute();
}

export async function centralSetUserGroups(db: Central, userId: number, groupIds: number[]): Promise<void> {
  await db.deleteFrom('user_group_members').where('user_id', '=', userId).execute();
  const unique = [...new Set(groupIds)];
  if (unique.length > 0)
    await db
      .insertInto('user_group_members')
      .values(unique.map((group_id) => ({ user_id: userId, group_id })))
      .execute();
}

export async function centralUserGroupIds(db: Central, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('user_group_members')
    .select('group_id')
    .where('user_id', '=', userId)
    .orderBy('group_id')
    .execute();
  return rows.map((r) => r.group_id);
}

/** Active users holding the user-administration permission (the floor must keep one). */
export async function centralCountActiveAdmins(db: Central): Promise<number> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('user_group_members as m', 'm.user_id', 'u.id')
    .innerJoin('group_permissions as p', (j) =>
      j.onRef('p.group_id', '=', 'm.group_id').on('p.permission', '=', 'settings.users'),
    )
    .where('u.active', '=', 1)
    .select(sql<number>`count(DISTINCT u.id)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function centralGroupIds(db: Central): Promise<Set<number>> {
  return new Set((await db.selectFrom('user_groups').select('id').execute()).map((r) => r.id));
}

export async function centralGroupIdByName(db: Central, name: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('user_groups')
    .select('id')
    .where(sql<boolean>`lower(name) = lower(${name})`)
    .executeTakeFirst();
  return row?.id;
}

export const centralGroupById = (db: Central, id: number): Promise<CentralGroup | undefined> =>
  db.selectFrom('user_groups').selectAll().where('id', '=', id).executeTakeFirst();

export async function centralGroupMemberCount(db: Central, id: number): Promise<number> {
  const row = await db
    .selectFrom('user_group_members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('group_id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function centralGroupPermissions(db: Central, id: number): Promise<string[]> {
  const rows = await db
    .selectFrom('group_permissions')
    .select('permission')
    .where('group_id', '=', id)
    .orderBy('permission')
    .execute();
  return rows.map((r) => r.permission);
}

export interface GroupCaps {
  maxCreditIncreaseCents: number | null;
  /** Undefined keeps the saved value (as setGroupReleaseCaps locally). */
  maxOrderReleaseCents?: number | null;
  mayReleaseOverdue?: boolean;
}

export async function centralSaveGroup(
  db: Central,
  id: number | undefined,
  name: string,
  caps: GroupCaps,
  at: string,
): Promise<number> {
  const release = {
    ...(caps.maxOrderReleaseCents !== undefined
      ? { max_order_release_cents: caps.maxOrderReleaseCents }
      : {}),
    ...(caps.mayReleaseOverdue !== undefined ? { may_release_overdue: caps.mayReleaseOverdue ? 1 : 0 } : {}),
  };
  if (id !== undefined) {
    await db
      .updateTable('user_groups')
      .set({ name, max_credit_increase_cents: caps.maxCreditIncreaseCents, updated_at: at, ...release })
      .where('id', '=', id)
      .execute();
    return id;
  }
  const row = await db
    .insertInto('user_groups')
    .values({
      name,
      max_credit_increase_cents: caps.maxCreditIncreaseCents,
      created_at: at,
      updated_at: at,
      ...release,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function centralSetGroupPermissions(
  db: Central,
  groupId: number,
  permissions: string[],
): Promise<void> {
  await db.deleteFrom('group_permissions').where('group_id', '=', groupId).execute();
  const unique = [...new Set(permissions)];
  if (unique.length > 0)
    await db
      .insertInto('group_permissions')
      .values(unique.map((permission) => ({ group_id: groupId, permission })))
      .execute();
}

export async function centralDeleteGroup(db: Central, id: number): Promise<void> {
  await db.deleteFrom('user_groups').where('id', '=', id).execute();
}

/** "Sair de todos os dispositivos": every seat ends this user's sessions made before `at`. */
export async function centralRevokeSessions(db: Central, userId: number, at: string): Promise<void> {
  await db
    .insertInto('user_session_revocations')
    .values({ user_id: userId, revoked_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ revoked_at: at }))
    .execute();
}
