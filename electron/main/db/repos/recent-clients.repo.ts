import type { Db } from '../connection';
import { SEARCH_COLUMNS, type SearchRecord } from './clients.repo';

export function touchRecentClient(db: Db, userId: number, clientId: number, at: string): void {
  db.prepare(
    `INSERT INTO recent_clients (user_id, client_id, opened_at) VALUES (?, ?, ?)
     ON CONFLICT (user_id, client_id) DO UPDATE SET opened_at = excluded.opened_at`,
  ).run(userId, clientId, at);
}

export function listRecentClients(db: Db, userId: number, limit: number): SearchRecord[] {
  return db
    .prepare(
      `SELECT ${SEARCH_COLUMNS} FROM recent_clients r JOIN clients c ON c.id = r.client_id
       WHERE r.user_id = ? ORDER BY r.opened_at DESC LIMIT ?`,
    )
    .all(userId, limit) as SearchRecord[];
}
