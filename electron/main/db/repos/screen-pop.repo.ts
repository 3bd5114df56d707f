import type { Db } from '../connection';
import { prepared } from './client-statements.repo';

/** Clients whose own phones or whose contacts' phones are exactly these digits (F9's keys, 0330). */
export const CLIENTS_BY_PHONE_SQL = `SELECT client_id, min(contact_id) AS contact_id FROM client_search_keys
  WHERE kind IN (2, 5) AND boost IN (0, 1, 2) AND key = @digits
  GROUP BY client_id ORDER BY client_id LIMIT @limit`;

export function clientsByPhone(
  db: Db,
  digits: string,
  limit: number,
): { clientId: number; viaContact: boolean }[] {
  return (
    prepared(db, CLIENTS_BY_PHONE_SQL).all({ digits, limit }) as { client_id: number; contact_id: number }[]
  ).map((r) => ({ clientId: r.client_id, viaContact: r.contact_id !== 0 }));
}

export function clientIdsByDocument(db: Db, document: string): number[] {
  return prepared(db, 'SELECT id FROM clients WHERE document = ? ORDER BY id LIMIT 2')
    .pluck()
    .all(document) as number[];
}
