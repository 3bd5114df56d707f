import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../electron/main/db/migrate';
import { migrationsDir } from '../../electron/main/db/paths';
import { hashSortedKeys } from '../../electron/main/services/receivables/receivables-payload';
import { value } from './client-test-helpers';
import { createTestCore, type TestCore } from './support/test-core';

const NOW = new Date('2026-12-02T15:00:00.000Z');

describe('Painel: integration health and the receivables reconciliation', () => {
  let t: TestCore;
  let admin: string;
  beforeAll(async () => {
    t = await createTestCore({ clients: 10, now: () => NOW });
    admin = await t.loginAs('admin');
    const db = t.core.db;
    const run = db.prepare(
      `INSERT INTO job_runs (job, business_date, trigger, status, started_at, finished_at, outcome)
       VALUES (?, ?, 'schedule', ?, ?, ?, ?)`,
    );
    run.run(
      'erp-sync',
      '2026-11-30',
      'success',
      '2026-11-30T03:00:00.000Z',
      '2026-11-30T03:10:00.000Z',
      'ok',
    );
    run.run(
      'erp-sync',
      '2026-12-01',
      'failed',
      '2026-12-01T03:00:00.000Z',
      '2026-12-01T03:01:00.000Z',
      'ERP fora do ar',
    );
    run.run(
      'erp-sync',
      '2026-12-02',
      'failed',
      '2026-12-02T03:00:00.000Z',
      '2026-12-02T03:01:00.000Z',
      'ERP fora do ar',
    );
    // Two exports: one the bureau confirmed whole, one whose second batch it confirmed short.
    const exp = db.prepare(
      `INSERT INTO receivables_exports (id, kind, business_date, run_id, created_at, high_water_seq, first_row, last_row,
         batch_size, rows, amount_cents, keys_hash, status)
       VALUES (?, ?, ?, NULL, ?, 0, 1, ?, 2, ?, ?, ?, 'done')`,
    );
    exp.run(1, 'full', '2026-11-30', '2026-11-30T04:00:00.000Z', 4, 4, 10_000, 'h-full');
    exp.run(2, 'daily', '2026-12-01', '2026-12-01T04:00:00.000Z', 3, 3, 7_000, 'h-daily');
    const batch = db.prepare(
      `INSERT INTO receivables_batches (export_id, batch_no, lote_id, rows, amount_cents, keys_hash, ack, acked_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, '2026-12-01T04:05:00.000Z')`,
    );
    const ack = (n: number, cents: number, hash: string) =>
      JSON.stringify({ loteId: 'x', recebidos: n, somaCentavos: cents, hashChaves: hash });
    batch.run(1, 1, 'L1', 2, 5_000, 'k1', ack(2, 5_000, 'k1'));
    batch.run(1, 2, 'L2', 2, 5_000, 'k2', ack(2, 5_000, 'k2'));
    batch.run(2, 1, 'L3', 2, 4_000, 'k3', ack(2, 4_000, 'k3'));
    batch.run(2, 2, 'L4', 1, 3_000, 'k4', ack(1, 2_500, 'k4-other'));
  });
  afterAll(() => t.close());

  it('tells the last ERP sync, its last success and the failures of the week', async () => {
    const h = value(await t.call(admin, 'panel.health', {}));
    expect(h.erp).toMatchObject({
      lastStatus: 'failed',
      lastOutcome: 'ERP fora do ar',
      lastSuccessAt: '2026-11-30T03:10:00.000Z',
      failures7d: 2,
    });
    expect(h.receivables.lastRunAt).toBeNull();
    expect(h.maxHoursWithoutSuccess).toBeGreaterThan(0);
  });

  it('puts the local control totals beside what the bureau confirmed, newest first, with the difference', async () => {
    const rows = value(await t.call(admin, 'panel.reconciliation', { limit: 10 }));
    expect(rows.map((r) => r.exportId)).toEqual([2, 1]);
    const [daily, full] = rows as [(typeof rows)[0], (typeof rows)[0]];
    expect(full.difference).toEqual({ rows: 0, amountCents: 0, sameKeys: true });
    expect(full.local.keysHash).toBe(full.confirmed.keysHash);
    expect(daily.local).toMatchObject({ rows: 3, amountCents: 7_000 });
    expect(daily.confirmed).toMatchObject({ rows: 3, amountCents: 6_500 });
    expect(daily.difference).toEqual({ rows: 0, amountCents: 500, sameKeys: false });
    expect(daily.confirmed.keysHash).toBe(hashSortedKeys(['k3', 'k4-other']));
    expect(daily.local.keysHash).not.toBe(daily.confirmed.keysHash);
  });
});

describe('0450 migration', () => {
  it('gives the Painel to groups that already managed users, and no one else', () => {
    const migrations = loadMigrations(migrationsDir());
    const db = new Database(':memory:');
    migrate(
      db,
      migrations.filter((m) => m.version < 450),
    );
    db.exec(`INSERT INTO user_groups (id, name, created_at, updated_at) VALUES
      (1, 'Administradores', 'x', 'x'), (2, 'Atendentes', 'x', 'x');
      INSERT INTO group_permissions VALUES (1, 'settings.users'), (2, 'clients.edit');`);
    migrate(db, migrations);
    const has = (g: number) =>
      db
        .prepare("SELECT 1 FROM group_permissions WHERE group_id = ? AND permission = 'panel.view'")
        .get(g) !== undefined;
    expect(has(1)).toBe(true);
    expect(has(2)).toBe(false);
    // Existing clients keep both channels allowed until the ERP says otherwise.
    expect(
      db
        .prepare('SELECT dflt_value FROM pragma_table_info(?) WHERE name = ?')
        .pluck()
        .get('clients', 'calls_allowed'),
    ).toBe('1');
  });
});
