/** The ledger's part of the one-time import of an embedded desktop into an empty floor (real PostgreSQL). */
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPendingQuery, storeQueryResult } from '../../electron/main/db/repos/bureau-queries.repo';
import { floorKysely, openFloorPool } from '../../electron/main/floor/floor-db';
import { migrateFloor } from '../../electron/main/floor/floor-migrate';
import type { SharedSchema } from '../../electron/main/floor/shared-schema';
import { ledgerImportStep } from '../../electron/main/floor/import/ledger.import';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';
import { createTestCore } from './support/test-core';
import { ACME } from './support/floor-ledger';

let server: TestPostgres;
beforeAll(async () => {
  server = await startEmbeddedPostgres();
}, 60_000);
afterAll(async () => server?.stop());

describe('ledger import', () => {
  it('copies every query with its full result once; a pending one arrives as unknown', async () => {
    const t = await createTestCore({ clients: 5 });
    let pool: pg.Pool | null = null;
    try {
      const db = t.core.db;
      const client = db.prepare('SELECT id, document, person_type FROM clients LIMIT 1').get() as {
        id: number;
        document: string;
        person_type: 'F' | 'J';
      };
      const base = {
        clientId: client.id,
        document: client.document,
        personType: client.person_type,
        productId: 'B2C3D4E5',
        productName: 'Deps Mix PJ',
        userId: 1,
        userName: 'Ana',
        reused: false,
      };
      const done = insertPendingQuery(db, {
        ...base,
        idempotencyKey: 'chave-1',
        requestedAt: '2026-11-01T12:00:00Z',
      });
      storeQueryResult(db, done, {
        finishedAt: '2026-11-01T12:00:02Z',
        rawResult: '{"mix":{"score":812}}',
        bureauQueryId: 'H-1',
        score: 812,
        risk: null,
        classification: 'A',
        suggestedLimitCents: 5_000_000,
        approved: true,
        opinion: null,
        partial: false,
      });
      insertPendingQuery(db, {
        ...base,
        productId: 'A1B2C3D4',
        idempotencyKey: 'chave-2',
        requestedAt: '2026-11-02T12:00:00Z',
      });

      const settings = await server.createDatabase();
      pool = openFloorPool(settings);
      await migrateFloor(pool, ACME);
      const central = floorKysely<SharedSchema>(pool);
      const first = await central.transaction().execute((trx) => ledgerImportStep.run(db, trx));
      expect(first).toEqual({ rows: 2 });
      const again = await central.transaction().execute((trx) => ledgerImportStep.run(db, trx));
      expect(again).toEqual({ rows: 0 });
      const rows = await server.sql(
        settings.database,
        'SELECT idempotency_key, status, raw_result, score FROM bureau_queries ORDER BY idempotency_key',
      );
      expect(rows).toEqual([
        { idempotency_key: 'chave-1', status: 'succeeded', raw_result: '{"mix":{"score":812}}', score: 812 },
        { idempotency_key: 'chave-2', status: 'unknown', raw_result: null, score: null },
      ]);
    } finally {
      await pool?.end();
      t.close();
    }
  });
});
