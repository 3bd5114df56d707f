import type { ClientFtsQuery } from '../../services/clients/fts-query';
import type { Db } from '../connection';
import { SEARCH_COLUMNS, type SearchRecord } from './clients.repo';

/**
 * The ranked and unranked variants are separate statements so each keeps a plan SQLite
 * can drive from the FTS index with the LIMIT applied early.
 */
const rankedSql = `SELECT ${SEARCH_COLUMNS} FROM clients c
  JOIN (SELECT rowid AS id FROM clients_fts WHERE clients_fts MATCH ? ORDER BY rank LIMIT ?) m ON m.id = c.id`;
const unrankedSql = `SELECT ${SEARCH_COLUMNS} FROM clients c
  JOIN (SELECT rowid AS id FROM clients_fts WHERE clients_fts MATCH ? LIMIT ?) m ON m.id = c.id`;
const exactSql = `SELECT ${SEARCH_COLUMNS} FROM clients c WHERE c.erp_code = ?`;

export const CLIENT_SEARCH_SQL = { ranked: rankedSql, unranked: unrankedSql, exact: exactSql };

export function searchClientRecords(db: Db, q: ClientFtsQuery, limit: number): SearchRecord[] {
  const exact = db.prepare(exactSql).get(q.exact) as SearchRecord | undefined;
  const rows = db.prepare(q.ranked ? rankedSql : unrankedSql).all(q.match, limit) as SearchRecord[];
  if (!exact) return rows;
  // An exact ERP code is what the caller on the phone just read out: it goes first.
  return [exact, ...rows.filter((r) => r.id !== exact.id)].slice(0, limit);
}
