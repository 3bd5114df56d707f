import type { Client, ClientSearchRow } from '../../../../shared/ipc/dto/clients';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Db } from '../../db/connection';
import { searchClientRecords } from '../../db/repos/client-search.repo';
import { getClientRecord, toClient, toSearchRow } from '../../db/repos/clients.repo';
import { listRecentClients, touchRecentClient } from '../../db/repos/recent-clients.repo';
import { readClientSearchQuery } from './search-query';

/** F9. `userId` lifts the clients this user opened recently within each ranking tier. */
export function searchClients(
  db: Db,
  query: string,
  limit: number,
  userId: number | null = null,
): ClientSearchRow[] {
  const q = readClientSearchQuery(query);
  if (!q) return [];
  return searchClientRecords(db, q, limit, userId).map((r) => ({
    ...toSearchRow(r),
    matchedContact: r.contact_name,
  }));
}

export function recentClients(db: Db, userId: number, limit: number): ClientSearchRow[] {
  return listRecentClients(db, userId, limit).map(toSearchRow);
}

export function getClient(db: Db, id: number): Client {
  const r = getClientRecord(db, id);
  if (!r) throw new AppFailure('clients.goneSinceSync');
  return toClient(r);
}

export function markClientOpened(db: Db, userId: number, clientId: number, at: Date): void {
  if (!getClientRecord(db, clientId)) throw new AppFailure('clients.notFound');
  touchRecentClient(db, userId, clientId, at.toISOString());
}
