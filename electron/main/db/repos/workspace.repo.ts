import type { WorkspaceState } from '../../../../shared/ipc/dto/app';
import type { Db } from '../connection';

const EMPTY: WorkspaceState = { openClientIds: [], activeClientId: null };

export function getWorkspace(db: Db, userId: number): WorkspaceState {
  const row = db.prepare('SELECT state FROM user_workspace WHERE user_id = ?').get(userId) as
    { state: string } | undefined;
  if (!row) return EMPTY;
  try {
    return JSON.parse(row.state) as WorkspaceState;
  } catch {
    return EMPTY;
  }
}

/** Keeps only clients that still exist, so a tab never points at a deleted record after restart. */
export function saveWorkspace(db: Db, userId: number, state: WorkspaceState): void {
  const existing = new Set(
    (
      db
        .prepare(`SELECT id FROM clients WHERE id IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(state.openClientIds)) as { id: number }[]
    ).map((r) => r.id),
  );
  const openClientIds = state.openClientIds.filter((id) => existing.has(id));
  const activeClientId =
    state.activeClientId !== null && existing.has(state.activeClientId) ? state.activeClientId : null;
  db.prepare(
    `INSERT INTO user_workspace (user_id, state) VALUES (?, ?)
     ON CONFLICT (user_id) DO UPDATE SET state = excluded.state`,
  ).run(userId, JSON.stringify({ openClientIds, activeClientId }));
}
