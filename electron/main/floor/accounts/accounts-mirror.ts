/**
 * The seat's copy of the floor's accounts: the central rows written into the local SQLite
 * tables with the same ids, so every local reader (sessions, permissions, caps, Auditoria, the
 * foreign keys of recent clients and "manter conectado") keeps working unchanged and offline.
 * Users are never deleted locally (history points at them); a local user the floor does not
 * know is deactivated and, when its login is taken on the floor, renamed out of the way.
 */
import type { Db } from '../../db/connection';
import type { AccountsSnapshot } from './central-accounts.repo';

export interface MirrorOutcome {
  /** Users deactivated or whose password changed: their sessions and remembered profiles end. */
  endedUserIds: number[];
}

interface LocalUser {
  id: number;
  login: string;
  password_hash: string;
  active: number;
}

const outOfTheWay = (id: number, name: string): string => `~${id}~${name}`;

export function applyAccountsSnapshot(db: Db, snap: AccountsSnapshot): MirrorOutcome {
  return db.transaction(() => {
    const central = new Map(snap.users.map((u) => [u.id, u]));
    const before = db.prepare('SELECT id, login, password_hash, active FROM users').all() as LocalUser[];
    const endedUserIds: number[] = [];
    // Logins move between ids only through the floor: free every login first, then upsert.
    const rename = db.prepare('UPDATE users SET login = ? WHERE id = ?');
    for (const u of before) {
      const c = central.get(u.id);
      if (!c) {
        if (u.active === 1) endedUserIds.push(u.id);
        db.prepare('UPDATE users SET active = 0 WHERE id = ?').run(u.id);
        if (!u.login.startsWith(`~${u.id}~`)) rename.run(outOfTheWay(u.id, u.login), u.id);
      } else {
        if (c.login.toLowerCase() !== u.login.toLowerCase()) rename.run(outOfTheWay(u.id, u.login), u.id);
        if (u.active === 1 && (c.active !== 1 || c.password_hash !== u.password_hash))
          endedUserIds.push(u.id);
      }
    }
    const upsertUser = db.prepare(
      `INSERT INTO users (id, login, name, password_hash, active, email, created_at, updated_at)
       VALUES (@id, @login, @name, @password_hash, @active, @email, @created_at, @updated_at)
       ON CONFLICT (id) DO UPDATE SET login = excluded.login, name = excluded.name,
         password_hash = excluded.password_hash, active = excluded.active, email = excluded.email,
         created_at = excluded.created_at, updated_at = excluded.updated_at`,
    );
    for (const u of snap.users) upsertUser.run(u);

    db.prepare('DELETE FROM user_group_members').run();
    db.prepare('DELETE FROM group_permissions').run();
    const centralGroups = new Set(snap.groups.map((g) => g.id));
    const localGroups = db.prepare('SELECT id, name FROM user_groups').all() as {
      id: number;
      name: string;
    }[];
    for (const g of localGroups) {
      if (!centralGroups.has(g.id)) db.prepare('DELETE FROM user_groups WHERE id = ?').run(g.id);
      else db.prepare('UPDATE user_groups SET name = ? WHERE id = ?').run(outOfTheWay(g.id, g.name), g.id);
    }
    const upsertGroup = db.prepare(
      `INSERT INTO user_groups (id, name, max_credit_increase_cents, max_order_release_cents,
         may_release_overdue, created_at, updated_at)
       VALUES (@id, @name, @max_credit_increase_cents, @max_order_release_cents,
         @may_release_overdue, @created_at, @updated_at)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name,
         max_credit_increase_cents = excluded.max_credit_increase_cents,
         max_order_release_cents = excluded.max_order_release_cents,
         may_release_overdue = excluded.may_release_overdue,
         created_at = excluded.created_at, updated_at = excluded.updated_at`,
    );
    for (const g of snap.groups) upsertGroup.run(g);
    const addPermission = db.prepare('INSERT INTO group_permissions (group_id, permission) VALUES (?, ?)');
    for (const p of snap.permissions) addPermission.run(p.group_id, p.permission);
    const addMember = db.prepare('INSERT INTO user_group_members (user_id, group_id) VALUES (?, ?)');
    for (const m of snap.members) addMember.run(m.user_id, m.group_id);
    return { endedUserIds };
  })();
}
