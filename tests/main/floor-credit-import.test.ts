/**
 * The credit part of the one-time import of an embedded desktop into an empty floor (real
 * PostgreSQL, ERP simulator): a credit change still waiting for the ERP, the release history and
 * the products per client arrive with their ids; a seat of the floor then sends the pending
 * change once, with the desktop's own Idempotency-Key.
 */
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { floorKysely, openFloorPool } from '../../electron/main/floor/floor-db';
import { migrateFloor } from '../../electron/main/floor/floor-migrate';
import type { SharedSchema } from '../../electron/main/floor/shared-schema';
import { creditImportStep } from '../../electron/main/floor/import/credit.import';
import { flushToErp } from '../../electron/main/services/credit/erp-sync';
import { startEmbeddedPostgres, type TestPostgres } from '../../tools/floor/embedded-postgres';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { consoleWithOrders, ok } from './credit-release-fixture';
import { ACME, FAST_LEASES } from './support/floor-jobs';
import { createTestCore, type TestCore } from './support/test-core';
import { until } from './support/until';

let server: TestPostgres;
let erp: ErpSimulatorHandle;
beforeAll(async () => {
  server = await startEmbeddedPostgres();
  erp = await startErpSimulator({ clients: 20, titles: 60 });
}, 60_000);
afterAll(async () => {
  await erp?.stop();
  await server?.stop();
});

describe('credit import', () => {
  it('carries the pending credit change, the release history and the products; the floor sends the change once', async () => {
    const { t, admin } = await consoleWithOrders(erp, 15);
    let pool: pg.Pool | null = null;
    let seat: TestCore | null = null;
    try {
      const db = t.core.db;
      // A release the ERP confirmed (history) …
      const order = db
        .prepare(
          "SELECT id, erp_key, erp_version FROM credit_orders WHERE credit_state = 'blocked' ORDER BY id LIMIT 1",
        )
        .get() as { id: number; erp_key: string; erp_version: string };
      ok(
        await t.call(admin, 'creditRelease.release', {
          orderId: order.id,
          expectedVersion: order.erp_version,
        }),
      );
      await until('liberação confirmada', () =>
        db
          .prepare("SELECT 1 FROM credit_order_decisions WHERE order_id = ? AND state = 'confirmed'")
          .get(order.id),
      );
      // … and a credit change the ERP has not received (down).
      erp.setFault('credito', { kind: 'status', status: 503 });
      const client = db
        .prepare(
          'SELECT id, erp_code, credit_limit_cents FROM clients WHERE credit_limit_cents > 100000 ORDER BY id LIMIT 1',
        )
        .get() as { id: number; erp_code: string; credit_limit_cents: number };
      ok(
        await t.call(admin, 'credit.update', {
          clientId: client.id,
          creditLimitCents: client.credit_limit_cents - 10_000,
          creditStatus: 'EM_ANALISE',
          expectedCreditLimitCents: client.credit_limit_cents,
          bureauQueryId: null,
          confirmLargeIncrease: false,
        }),
      );
      await flushToErp(t.core);
      const pending = db
        .prepare('SELECT id, idempotency_key FROM credit_outbox WHERE sent_at IS NULL')
        .all() as {
        id: number;
        idempotency_key: string;
      }[];
      expect(pending).toHaveLength(1);
      const products = (
        db.prepare('SELECT count(*) AS n FROM client_exclusive_products').get() as { n: number }
      ).n;
      expect(products).toBeGreaterThan(0);

      const settings = await server.createDatabase();
      pool = openFloorPool(settings);
      await migrateFloor(pool, ACME);
      const central = floorKysely<SharedSchema>(pool);
      const report = await central.transaction().execute((trx) => creditImportStep.run(db, trx));
      expect(report.rows).toBe(1 + 1 + 1 + products);
      expect(
        await server.sql(
          settings.database,
          'SELECT id::int AS id, idempotency_key, sent_at FROM credit_outbox',
        ),
      ).toEqual([{ id: pending[0]?.id, idempotency_key: pending[0]?.idempotency_key, sent_at: null }]);
      expect(
        await server.sql(
          settings.database,
          'SELECT order_id::int AS order_id, kind, state FROM credit_order_decisions',
        ),
      ).toEqual([{ order_id: order.id, kind: 'release', state: 'confirmed' }]);
      expect(
        await server.sql(settings.database, 'SELECT count(*)::int AS n FROM client_exclusive_products'),
      ).toEqual([{ n: products }]);
      expect(
        await server.sql(
          settings.database,
          'SELECT credit_limit_cents::int AS l FROM client_credit WHERE id = $1',
          [client.id],
        ),
      ).toEqual([{ l: client.credit_limit_cents - 10_000 }]);

      // A seat of the floor: the history and the products show there; the change reaches the ERP once.
      erp.clearFaults();
      seat = await createTestCore({
        clients: 15,
        options: {
          floor: { connection: settings, company: ACME },
          tuning: {
            jobLeases: FAST_LEASES,
            erpClient: { retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }, timeoutMs: 5_000 },
          },
        },
      });
      const s = seat;
      const seatAdmin = await s.loginAs('admin');
      ok(
        await s.call(seatAdmin, 'erp.settings.save', {
          baseUrl: erp.url,
          token: erp.token,
          syncTime: '00:00',
        }),
      );
      await until('cache do assento', () => s.core.db.prepare('SELECT 1 FROM credit_outbox').get());
      expect(s.core.db.prepare('SELECT state FROM credit_order_decisions').all()).toEqual([
        { state: 'confirmed' },
      ]);
      expect(
        (s.core.db.prepare('SELECT count(*) AS n FROM client_exclusive_products').get() as { n: number }).n,
      ).toBe(products);
      const before = erp.requests().length;
      await flushToErp(s.core);
      const puts = erp
        .requests()
        .slice(before)
        .filter((r) => r.method === 'PUT' && r.path === `/v1/clientes/${client.erp_code}/credito`);
      expect(puts.map((p) => p.idempotencyKey)).toEqual([pending[0]?.idempotency_key]);
      expect(
        await server.sql(
          settings.database,
          'SELECT count(*)::int AS n FROM credit_outbox WHERE sent_at IS NOT NULL',
        ),
      ).toEqual([{ n: 1 }]);
    } finally {
      erp.clearFaults();
      if (seat) {
        await seat.core.replicator.close();
        await seat.core.floor.close();
        seat.close();
      }
      await pool?.end();
      t.close();
    }
  }, 120_000);
});
