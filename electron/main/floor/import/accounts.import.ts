/**
 * Import of an embedded desktop's accounts into an empty floor: users (password hashes only),
 * groups with their caps, permissions and memberships, with the same ids so this desktop's
 * Histórico, recent clients and remembered profiles still point at the right user. Login
 * attempts are not copied (a fresh count on the floor). The identity sequences are moved past
 * the imported ids, so the next user created on any seat gets a new one.
 */
import type Database from 'better-sqlite3';
import { sql } from 'kysely';
import type { FloorImportStep } from './import-step';
import type { CentralGroup, CentralUser } from '../accounts/central-accounts.repo';

const CHUNK = 500;

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

export const accountsImportStep: FloorImportStep = {
  id: 'accounts',
  label: 'Usuários, grupos, permissões e limites',
  async run(local: Database.Database, central) {
    const users = local
      .prepare(
        `SELECT id, login, name, password_hash, active, email, created_at, updated_at FROM users ORDER BY id`,
      )
      .all() as CentralUser[];
    const groups = local
      .prepare(
        `SELECT id, name, max_credit_increase_cents, max_order_release_cents, may_release_overdue,
           created_at, updated_at FROM user_groups ORDER BY id`,
      )
      .all() as CentralGroup[];
    const permissions = local.prepare('SELECT group_id, permission FROM group_permissions').all() as {
      group_id: number;
      permission: string;
    }[];
    const members = local.prepare('SELECT user_id, group_id FROM user_group_members').all() as {
      user_id: number;
      group_id: number;
    }[];
    await insertChunks(users, (c) => central.insertInto('users').values(c).execute());
    await insertChunks(groups, (c) => central.insertInto('user_groups').values(c).execute());
    await insertChunks(permissions, (c) => central.insertInto('group_permissions').values(c).execute());
    await insertChunks(members, (c) => central.insertInto('user_group_members').values(c).execute());
    for (const table of ['users', 'user_groups'] as const)
      await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), coalesce((SELECT max(id) FROM ${sql.table(table)}), 0) + 1, false)`.execute(
        central,
      );
    return { rows: users.length + groups.length + permissions.length + members.length };
  },
};
