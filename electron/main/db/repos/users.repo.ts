import type { Permission } from '../../../../shared/auth/permissions';
import type { UserRow } from '../../../../shared/ipc/dto/auth';
import type { Db } from '../connection';

export interface UserRecord {
  id: number;
  login: string;
  name: string;
  password_hash: string;
  active: number;
  email: string | null;
  created_at: string;
  updated_at: string;
}

export function getUserByLogin(db: Db, login: string): UserRecord | undefined {
  return db.prepare('SELECT * FROM users WHERE login = ?').get(login) as UserRecord | undefined;
}

export function getUserById(db: Db, id: number): UserRecord | undefined {
  return db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRecord | undefined;
}

export function countUsers(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function hasAnyUser(db: Db): boolean {
  return db.prepare('SELECT EXISTS (SELECT 1 FROM users) AS present').pluck().get() === 1;
}

export function listUsers(db: Db): UserRow[] {
  const rows = db
    .prepare(
      `SELECT u.id, u.login, u.name, u.active, u.created_at, u.email,
         (SELECT json_group_array(group_id) FROM user_group_members m WHERE m.user_id = u.id) AS group_ids
       FROM users u ORDER BY u.name COLLATE NOCASE`,
    )
    .all() as {
    id: number;
    login: string;
    name: string;
    active: number;
    created_at: string;
    email: string | null;
    group_ids: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    login: r.login,
    name: r.name,
    active: r.active === 1,
    groupIds: JSON.parse(r.group_ids) as number[],
    createdAt: r.created_at,
    email: r.email,
  }));
}

export function insertUser(
  db: Db,
  u: { login: string; name: string; passwordHash: string; active: boolean; at: string },
): number {
  return Number(
    db
      .prepare(
        'INSERT INTO users (login, name, password_hash, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(u.login, u.name, u.passwordHash, u.active ? 1 : 0, u.at, u.at).lastInsertRowid,
  );
}

export function updateUser(
  db: Db,
  id: number,
  u: { login: string; name: string; active: boolean; passwordHash?: string; at: string },
): void {
  db.prepare(
    `UPDATE users SET login = ?, name = ?, active = ?, updated_at = ?,
       password_hash = coalesce(?, password_hash) WHERE id = ?`,
  ).run(u.login, u.name, u.active ? 1 : 0, u.at, u.passwordHash ?? null, id);
}

export function setUserGroups(db: Db, userId: number, groupIds: number[]): void {
  db.prepare('DELETE FROM user_group_members WHERE user_id = ?').run(userId);
  const add = db.prepare('INSERT INTO user_group_members (user_id, group_id) VALUES (?, ?)');
  for (const g of new Set(groupIds)) add.run(userId, g);
}

export function userGroupIds(db: Db, userId: number): number[] {
  return (
    db.prepare('SELECT group_id FROM user_group_members WHERE user_id = ? ORDER BY group_id').all(userId) as {
      group_id: number;
    }[]
  ).map((r) => r.group_id);
}

export interface EffectiveAccess {
  permissions: Permission[];
  groups: string[];
  maxCreditIncreaseCents: number | null;
}

/** Union of the user's groups' permissions; the credit cap is the most generous of the groups that may edit credit. */
export function effectiveAccess(db: Db, userId: number): EffectiveAccess {
  const groups = db
    .prepare(
      `SELECT g.id, g.name, g.max_credit_increase_cents AS cap FROM user_group_members m
       JOIN user_groups g ON g.id = m.group_id WHERE m.user_id = ? ORDER BY g.name`,
    )
    .all(userId) as { id: number; name: string; cap: number | null }[];
  const perms = db
    .prepare(
      `SELECT DISTINCT p.permission, p.group_id FROM user_group_members m
       JOIN group_permissions p ON p.group_id = m.group_id WHERE m.user_id = ?`,
    )
    .all(userId) as { permission: Permission; group_id: number }[];
  const permissions = [...new Set(perms.map((p) => p.permission))].sort();
  const creditGroups = new Set(
    perms.filter((p) => p.permission === 'clients.editCredit').map((p) => p.group_id),
  );
  const caps = groups.filter((g) => creditGroups.has(g.id)).map((g) => g.cap);
  const maxCreditIncreaseCents =
    caps.length === 0 || caps.includes(null) ? null : Math.max(...(caps as number[]));
  return { permissions, groups: groups.map((g) => g.name), maxCreditIncreaseCents };
}

/** Active users holding the user-administration permission, optionally ignoring one user. */
export function countActiveAdmins(db: Db, exceptUserId?: number): number {
  return (
    db
      .prepare(
        `SELECT count(DISTINCT u.id) AS n FROM users u
         JOIN user_group_members m ON m.user_id = u.id
         JOIN group_permissions p ON p.group_id = m.group_id AND p.permission = 'settings.users'
         WHERE u.active = 1 AND u.id IS NOT ?`,
      )
      .get(exceptUserId ?? null) as { n: number }
  ).n;
}

export function setUserEmail(db: Db, id: number, email: string | null): void {
  db.prepare('UPDATE users SET email = ? WHERE id = ?').run(email, id);
}
