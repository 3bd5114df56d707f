import type { Db } from '../connection';

/** What the user's groups allow when releasing orders blocked for credit. */
export interface ReleaseCaps {
  /** Largest order value this user may release; null = no cap. */
  maxOrderReleaseCents: number | null;
  mayReleaseOverdue: boolean;
}

/**
 * Of the user's groups that hold "Crédito - Liberar pedidos bloqueados", the most generous: a
 * group without a cap lifts it, and one group allowing clients with overdue titles allows it.
 */
export function releaseCaps(db: Db, userId: number): ReleaseCaps {
  const groups = db
    .prepare(
      `SELECT g.max_order_release_cents AS cap, g.may_release_overdue AS overdue
       FROM user_group_members m JOIN user_groups g ON g.id = m.group_id
       JOIN group_permissions p ON p.group_id = g.id AND p.permission = 'creditRelease.release'
       WHERE m.user_id = ?`,
    )
    .all(userId) as { cap: number | null; overdue: number }[];
  if (groups.length === 0) return { maxOrderReleaseCents: 0, mayReleaseOverdue: false };
  const caps = groups.map((g) => g.cap);
  return {
    maxOrderReleaseCents: caps.includes(null) ? null : Math.max(...(caps as number[])),
    mayReleaseOverdue: groups.some((g) => g.overdue === 1),
  };
}
