import type { WorkspaceState } from '../../../../shared/ipc/dto/app';
import type { Db } from '../connection';

const EMPTY: WorkspaceState = {
  openClientIds: [],
  activeClientId: null,
  openContactIds: [],
  activeContactId: null,
};

export function getWorkspace(db: Db, userId: number): WorkspaceState {
  const row = db.prepare('SELECT state FROM user_workspace WHERE user_id = ?').get(userId) as
    { state: string } | undefined;
  if (!row) return EMPTY;
  try {
    // States saved before contact tabs existed have no contact fields.
    return { ...EMPTY, ...(JSON.parse(row.state) as Partial<WorkspaceState>) };
  } catch {
    return EMPTY;
  }
}

function existingIds(db: Db, table: 'clients' | 'client_contacts', ids: number[]): Set<number> {
  return new Set(
    (
      db
        .prepare(`SELECT id FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(ids)) as { id: number }[]
    ).map((r) => r.id),
  );
}

/** Keeps only clients and contacts that still exist, so a tab never points at a deleted record after restart. */
export function saveWorkspace(db: Db, userId: number, state: WorkspaceState): void {
  const clients = existingIds(db, 'clients', state.openClientIds);
  const contacts = existingIds(db, 'client_contacts', state.openContactIds);
  const openClientIds = state.openClientIds.filter((id) => clients.has(id));
  const activeClientId =
    state.activeClientId !== null && clients.has(state.activeClientId) ? state.activeClientId : null;
  const openContactIds = state.openContactIds.filter((id) => contacts.has(id));
  const activeContactId =
    state.activeContactId !== null && contacts.has(state.activeContactId) ? state.activeContactId : null;
  db.prepare(
    `INSERT INTO user_workspace (user_id, state) VALUES (?, ?)
     ON CONFLICT (user_id) DO UPDATE SET state = excluded.state`,
  ).run(userId, JSON.stringify({ openClientIds, activeClientId, openContactIds, activeContactId }));
}
