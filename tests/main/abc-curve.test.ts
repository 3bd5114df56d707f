import { afterEach, describe, expect, it } from 'vitest';
import { computeAbcCurve, monthOffset } from '../../electron/main/services/abc/abc-curve';
import { recomputeAbcAfterSync } from '../../electron/main/services/abc/abc-after-sync';
import { canRunInWorker, runInWorker } from '../../electron/main/workers/worker-host';
import type { Db } from '../../electron/main/db/connection';
import { value } from './client-test-helpers';
import { createTestCore, type TestCore } from './support/test-core';

const NOW = new Date('2026-12-02T15:00:00.000Z');
let t: TestCore | null = null;
afterEach(() => {
  t?.close();
  t = null;
});

/** A console with `n` clients and no billing at all; the test writes every invoice itself. */
async function emptyBilling(n: number): Promise<TestCore> {
  t = await createTestCore({ clients: n, now: () => NOW });
  t.core.db.exec(
    'DELETE FROM client_billing_documents; DELETE FROM client_revenue_monthly; DELETE FROM client_abc',
  );
  return t;
}

const ids = (db: Db): number[] => db.prepare('SELECT id FROM clients ORDER BY id').pluck().all() as number[];

let invoiceNo = 0;
function invoice(db: Db, clientId: number, issuedOn: string, cents: number, kind = 'invoice'): void {
  db.prepare(
    `INSERT INTO client_billing_documents (client_id, kind, number, issued_on, category, net_cents)
     VALUES (?, ?, ?, ?, 'Mercearia', ?)`,
  ).run(clientId, kind, `T${++invoiceNo}`, issuedOn, cents);
}

const row = (db: Db, id: number) =>
  db
    .prepare(
      `SELECT a.computed_class AS computed, a.class, a.trend_pct AS trend, a.last_month_class AS lastMonth,
         c.abc_class AS shown FROM client_abc a JOIN clients c ON c.id = a.client_id WHERE a.client_id = ?`,
    )
    .get(id) as {
    computed: string;
    class: string;
    trend: number | null;
    lastMonth: string | null;
    shown: string;
  };

describe('ABC curve computed by the console', () => {
  it('cuts a known Pareto set at 80/15/5 of the last 12 months of revenue', async () => {
    const { db } = (await emptyBilling(8)).core;
    const [a1, a2, b1, b2, c1, c2, none, old] = ids(db) as number[];
    // 50 + 30 = 80 % → A; 10 + 5 = 15 % → B; 3 + 2 = 5 % → C.
    const shares: [number, number][] = [
      [a1!, 50],
      [a2!, 30],
      [b1!, 10],
      [b2!, 5],
      [c1!, 3],
      [c2!, 2],
    ];
    for (const [id, share] of shares) {
      invoice(db, id, '2026-11-10', share * 60_000);
      invoice(db, id, '2026-03-05', share * 40_000);
    }
    // Revenue only 13 months ago: outside the window, so C like a client without invoices.
    invoice(db, old!, '2025-11-20', 9_000_000_00);
    const summary = computeAbcCurve(db, NOW);
    expect(summary.source).toBe('billing');
    expect(summary.counts).toEqual({ A: 2, B: 2, C: 4 });
    expect([a1, a2].map((id) => row(db, id!).computed)).toEqual(['A', 'A']);
    expect([b1, b2].map((id) => row(db, id!).computed)).toEqual(['B', 'B']);
    expect([c1, c2, none, old].map((id) => row(db, id!).computed)).toEqual(['C', 'C', 'C', 'C']);
    // The header reads clients.abc_class: the computed class is the one shown.
    expect(row(db, b1!).shown).toBe('B');
  });

  it('follows configured cut-offs and nets credit notes', async () => {
    const { db } = (await emptyBilling(4)).core;
    const [x, y, z, w] = ids(db) as number[];
    invoice(db, x!, '2026-10-01', 60_00);
    invoice(db, y!, '2026-10-01', 25_00);
    invoice(db, z!, '2026-10-01', 10_00);
    invoice(db, w!, '2026-10-01', 30_00);
    // w's credit note leaves it 5,00: the smallest.
    invoice(db, w!, '2026-10-15', 25_00, 'credit_note');
    computeAbcCurve(db, NOW, { a: 50, b: 40 });
    expect([x, y, z, w].map((id) => row(db, id!).computed)).toEqual(['A', 'B', 'B', 'C']);
  });

  it('gives the trend against the 12 months before, like "C ↓ -28%"', async () => {
    const { db } = (await emptyBilling(3)).core;
    const [down, up, fresh] = ids(db) as number[];
    invoice(db, down!, '2025-06-10', 100_000_00); // previous window
    invoice(db, down!, '2026-06-10', 72_000_00); // current window: −28 %
    invoice(db, up!, '2025-02-10', 10_000_00);
    invoice(db, up!, '2026-02-10', 15_000_00);
    invoice(db, fresh!, '2026-09-10', 5_000_00);
    computeAbcCurve(db, NOW);
    expect(row(db, down!).trend).toBe(-28);
    expect(row(db, up!).trend).toBe(50);
    expect(row(db, fresh!).trend).toBeNull();
  });

  it("keeps the ERP's own class in force and remembers last month's class for the movement", async () => {
    const { db } = (await emptyBilling(3)).core;
    const [big, small, erpSays] = ids(db) as number[];
    invoice(db, big!, '2026-11-01', 900_00);
    invoice(db, small!, '2026-11-01', 10_00);
    invoice(db, erpSays!, '2026-11-01', 90_00);
    db.prepare("UPDATE clients SET erp_abc_class = 'A', abc_class = 'A' WHERE id = ?").run(erpSays);
    computeAbcCurve(db, new Date('2026-11-20T12:00:00Z'));
    expect(row(db, erpSays!)).toMatchObject({ computed: 'B', class: 'A', shown: 'A' });
    expect(row(db, big!).lastMonth).toBeNull();
    // December: the big client's revenue falls out of first place.
    invoice(db, small!, '2026-12-01', 5_000_00);
    computeAbcCurve(db, NOW);
    expect(row(db, big!)).toMatchObject({ computed: 'B', lastMonth: 'A' });
    expect(row(db, small!)).toMatchObject({ computed: 'A', lastMonth: 'C' });
    // A second run in the same month keeps "last month" as it was.
    computeAbcCurve(db, NOW);
    expect(row(db, big!).lastMonth).toBe('A');
  });

  it("uses the ERP's invoices (nota) when the console has no billing documents", async () => {
    const { db } = (await emptyBilling(2)).core;
    const [first, second] = ids(db) as number[];
    const code = (id: number) =>
      db.prepare('SELECT erp_code FROM clients WHERE id = ?').pluck().get(id) as string;
    const nota = db.prepare(
      "INSERT INTO erp_records (table_name, erp_key, changed_at, payload) VALUES ('nota', ?, ?, ?)",
    );
    nota.run(
      'N1',
      NOW.toISOString(),
      JSON.stringify({ empresa: code(first!), emissao: '2026-08-01', valor: '10.00' }),
    );
    nota.run(
      'N2',
      NOW.toISOString(),
      JSON.stringify({ empresa: code(second!), emissao: '2026-08-01', valor: '990.00' }),
    );
    const summary = computeAbcCurve(db, NOW);
    expect(summary.source).toBe('erpInvoices');
    expect(row(db, second!).computed).toBe('A');
    expect(row(db, first!).computed).toBe('C');
  });

  it('runs after an ERP sync that brought clients or invoices, not after one that brought nothing', async () => {
    const tc = await emptyBilling(3);
    const [id] = ids(tc.core.db) as number[];
    invoice(tc.core.db, id!, '2026-11-01', 100_00);
    const none = await recomputeAbcAfterSync(tc.core, null, {
      tables: [{ table: 'nota', rows: 0, pages: 1 }],
      rows: 0,
      changedClientIds: [],
    });
    expect(none).toBeNull();
    const ran = await recomputeAbcAfterSync(tc.core, null, {
      tables: [{ table: 'nota', rows: 4, pages: 1 }],
      rows: 4,
      changedClientIds: [],
    });
    expect(ran?.counts.A).toBe(1);
    expect(row(tc.core.db, id!).computed).toBe('A');
  });

  it("a class change moves the client's and its contacts' F9 keys to the new class, leaving none behind", async () => {
    const { db } = (await emptyBilling(30)).core;
    const withContacts = db
      .prepare('SELECT client_id FROM client_contacts GROUP BY client_id ORDER BY count(*) DESC LIMIT 1')
      .pluck()
      .get() as number;
    const keys = () =>
      db
        .prepare('SELECT boost, count(*) AS n FROM client_search_keys WHERE client_id = ? GROUP BY boost')
        .all(withContacts) as { boost: number; n: number }[];
    const before = keys().reduce((s, k) => s + k.n, 0);
    db.prepare("UPDATE clients SET abc_class = 'C' WHERE id = ?").run(withContacts);
    invoice(db, withContacts, '2026-11-01', 1_000_000_00);
    computeAbcCurve(db, NOW);
    expect(row(db, withContacts).shown).toBe('A');
    // Every key of the client (its own and its contacts') now carries boost 0 (class A), none lost.
    expect(keys()).toEqual([{ boost: 0, n: before }]);
  });

  it('runs the same on a job worker, on its own connection', async () => {
    const tc = await emptyBilling(6);
    expect(canRunInWorker(tc.core)).toBe(true);
    const [big, small] = ids(tc.core.db) as number[];
    invoice(tc.core.db, big!, '2026-11-01', 900_00);
    invoice(tc.core.db, small!, '2026-11-01', 100_00);
    const summary = await runInWorker(
      tc.core,
      'abc-curve',
      { databasePath: tc.core.databasePath, nowIso: NOW.toISOString() },
      { label: 'Curva ABC', diedHint: 'resumable' },
    );
    expect(summary.counts).toEqual({ A: 1, B: 1, C: 4 });
    expect(row(tc.core.db, big!).computed).toBe('A');
    expect(row(tc.core.db, small!).computed).toBe('B');
  });

  it('counts months in São Paulo', () => {
    expect(monthOffset('2026-01-15', -1)).toBe('2025-12');
    expect(monthOffset('2026-12-02', -11)).toBe('2026-01');
    expect(monthOffset('2026-12-02', -23)).toBe('2025-01');
  });
});

describe('ABC settings channel', () => {
  it('refuses cut-offs that leave nothing for C', async () => {
    const tc = await emptyBilling(2);
    const admin = await tc.loginAs('admin');
    const bad = await tc.call(admin, 'panel.abc.saveCutoffs', { a: 90, b: 10 });
    expect(bad.ok).toBe(false);
    value(await tc.call(admin, 'panel.abc.saveCutoffs', { a: 70, b: 20 }));
    const view = value(await tc.call(admin, 'panel.abc', {}));
    expect(view.cutoffs).toEqual({ a: 70, b: 20, c: 10 });
  });
});
