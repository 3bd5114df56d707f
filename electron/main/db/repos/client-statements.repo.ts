import type { Statement } from 'better-sqlite3';
import type { Db } from '../connection';

const caches = new WeakMap<Db, Map<string, Statement>>();

/**
 * The client screen's repos run the same few statements on every tab switch; preparing each
 * once per connection keeps a page query close to the cost of the SQL itself.
 */
export function prepared(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    cache.set(sql, stmt);
  }
  return stmt;
}
