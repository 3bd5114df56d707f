import type { Permission } from '../../../../shared/auth/permissions';
import type { GroupRow } from '../../../../shared/ipc/dto/auth';
import type { Db } from '../connection';

export function listGroups(db: Db): GroupRow[] {
  const rows = db
    .prepare(
      `SELECT g.id, g.name, g.max_credit_increase_cents AS cap,
         g.max_order_release_cents AS releaseCap, g.may_release_overdue AS releaseOverdue,
         (SELECT json_group_array(permission) FROM group_permissions p WHERE p.group_id = g.id) AS perms,
         (SELECT count(*) FROM user_group_members m WHERE m.group_id = g.id) AS members
       FROM user_groups g ORDER BY g.name COLLATE NOCASE`,
    )
    .all() as {
    id: number;
    name: string;
    cap: number | null;
    releaseCap: number | null;
    releaseOverdue: number;
    perms: string;
    members: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    permissions: (JSON.parse(r.perms) as Permission[]).sort(),
    maxCreditIncreaseCents: r.cap,
    maxOrderReleaseCents: r.releaseCap,
    mayReleaseOverdue: r.releaseOverdue === 1,
    memberCount: r.members,
  }));
}

export function getGroup(db: Db, id: number): GroupRow | undefined {
  return listGroups(db).find((g) => g.id === id);
}

export function findGroupIdByName(db: Db, name: string): number | undefined {
  return (db.prepare('SELECT id FROM user_groups WHERE name = ?').get(name) as { id: number } | undefined)
    ?.id;
}

export function insertGroup(db: Db, name: string, cap: number | null, at: string): number {
  return Number(
    db
      .prepare(
        'INSERT INTO user_groups (name, max_credit_increase_cents, created_at, updated_at) VALUES (?, ?, ?, ?)',
      )
      .run(name, cap, at, at).lastInsertRowid,
  );
}

export function updateGroup(db: Db, id: number, name: string, cap: number | null, at: string): void {
  db.prepare(
    'UPDATE user_groups SET name = ?, max_credit_increase_cents = ?, updated_at = ? WHERE id = ?',
  ).run(name, cap, at, id);
}

export function setGroupPermissions(db: Db, groupId: number, permissions: Permission[]): void {
  db.prepare('DELETE FROM group_permissions WHERE group_id = ?').run(groupId);
  const add = db.prepare('INSERT INTO group_permissions (group_id, permission) VALUES (?, ?)');
  for (const p of new Set(permissions)) add.run(groupId, p);
}

export function deleteGroup(db: Db, id: number): void {
  db.prepare('DELETE FROM user_groups WHERE id = ?').run(id);
}

/** Liberação de crédito caps of a group; a field left undefined keeps its value. */
export function setGroupReleaseCaps(
  db: Db,
  id: number,
  caps: { maxOrderReleaseCents?: number | null; mayReleaseOverdue?: boolean },
): void {
  if (caps.maxOrderReleaseCents !== undefined)
    db.prepare('UPDATE user_groups SET max_order_release_cents = ? WHERE id = ?').run(
      caps.maxOrderReleaseCents,
      id,
    );
  if (caps.mayReleaseOverdue !== undefined)
    db.prepare('UPDATE user_groups SET may_release_overdue = ? WHERE id = ?').run(
      caps.mayReleaseOverdue ? 1 : 0,
      id,
    );
}
