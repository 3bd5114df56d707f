import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/main/db/connection';
import { loadMigrations } from '../../electron/main/db/migrate';
import { migrationsDir } from '../../electron/main/db/paths';
import { applyFeedPage } from '../../electron/main/floor/replication/apply-changes';
import { REPLICATED_TABLES } from '../../electron/main/floor/replication/replicated-tables';

/**
 * A seat writes some Histórico entries only locally (a settings or accounts change); an entry of
 * another seat arriving with the same id must not overwrite it.
 */
describe('floor feed into the local Histórico', () => {
  let db: Db;
  afterEach(() => db?.close());

  it('keeps a local-only entry whose id a central entry takes, and applies the central one', () => {
    db = openDatabase(':memory:', { migrations: loadMigrations(migrationsDir()) });
    db.prepare(
      `INSERT INTO audit_log (id, at, user_id, user_name, entity, entity_id, action, changes)
       VALUES (7, '2026-12-01T10:00:00.000Z', NULL, 'admin', 'settings', 'bureau', 'update', '{}')`,
    ).run();
    const central = {
      id: 7,
      at: '2026-12-01T10:05:00.000Z',
      user_id: null,
      user_name: 'agente B',
      entity: 'client',
      entity_id: '42',
      action: 'activity.create',
      changes: '{}',
    };
    applyFeedPage(db, REPLICATED_TABLES, [{ tbl: 'audit_log', seq: 1, row: central, key: null }], 1);
    const rows = db.prepare('SELECT id, entity, user_name FROM audit_log ORDER BY id').all();
    expect(rows).toEqual([
      { id: 7, entity: 'client', user_name: 'agente B' },
      { id: 8, entity: 'settings', user_name: 'admin' },
    ]);
    // The same central row arriving again (a re-pull) moves nothing.
    applyFeedPage(db, REPLICATED_TABLES, [{ tbl: 'audit_log', seq: 2, row: central, key: null }], 2);
    expect(db.prepare('SELECT COUNT(*) AS n FROM audit_log').get()).toEqual({ n: 2 });
  });
});
