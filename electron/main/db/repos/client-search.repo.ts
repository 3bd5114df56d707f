import type { ClientFtsQuery } from '../../services/clients/fts-query';
import type { Db } from '../connection';
import { SEARCH_COLUMNS, type SearchRecord } from './clients.repo';

/**
 * Ranking cost grows with the number of matches ("sil" matches tens of thousands of the
 * 200,000 clients), so bm25 ranks at most RANK_WINDOW matches: every match of a specific query,
 * the first ones of a broad query the agent is still typing. Either way the cost is bounded.
 */
export const RANK_WINDOW = 400;

const searchSql = `SELECT ${SEARCH_COLUMNS} FROM (
    SELECT id, score FROM (
      SELECT rowid AS id, rank AS score FROM clients_fts WHERE clients_fts MATCH ? LIMIT ${RANK_WINDOW}
    ) ORDER BY score LIMIT ?
  ) m JOIN clients c ON c.id = m.id ORDER BY m.score`;
const exactSql = `SELECT ${SEARCH_COLUMNS} FROM clients c WHERE c.erp_code = ?`;

export const CLIENT_SEARCH_SQL = { search: searchSql, exact: exactSql };

export function searchClientRecords(db: Db, q: ClientFtsQuery, limit: number): SearchRecord[] {
  const exact = db.prepare(exactSql).get(q.exact) as SearchRecord | undefined;
  const rows = db.prepare(searchSql).all(q.match, limit) as SearchRecord[];
  if (!exact) return rows;
  // An exact ERP code is what the caller on the phone just read out: it goes first.
  return [exact, ...rows.filter((r) => r.id !== exact.id)].slice(0, limit);
}
