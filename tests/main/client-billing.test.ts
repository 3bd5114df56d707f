import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BillingDocumentRow } from '../../shared/ipc/dto/client-billing';
import type { KeyCursor } from '../../shared/ipc/dto/client-paging';
import { BILLING_PAGE_SQL, REVENUE_SQL } from '../../electron/main/db/repos/client-billing.repo';
import { lastTwelveMonths } from '../../electron/main/services/clients/client-billing.service';
import { createTestCore, type TestCore } from './support/test-core';
import { queryPlan, showcaseClientId, value } from './client-test-helpers';

const NOW = new Date('2026-11-22T15:00:00.000Z');
let t: TestCore;
let agent: string;
let clientId: number;

beforeAll(async () => {
  t = await createTestCore({ now: () => NOW });
  agent = await t.loginAs('ana');
  clientId = showcaseClientId(t);
});
afterAll(() => t.close());

async function allDocuments(id: number): Promise<BillingDocumentRow[]> {
  const rows: BillingDocumentRow[] = [];
  let after: KeyCursor | undefined;
  do {
    const page = value(await t.call(agent, 'clientBilling.documents', { clientId: id, after, limit: 7 }));
    rows.push(...page.rows);
    after = page.next ?? undefined;
  } while (after);
  return rows;
}

describe('billing documents', () => {
  it('pages every document once, newest first, with the total on the first page', async () => {
    const first = value(await t.call(agent, 'clientBilling.documents', { clientId, limit: 7 }));
    const rows = await allDocuments(clientId);
    const inDb = (
      t.core.db
        .prepare('SELECT count(*) AS n FROM client_billing_documents WHERE client_id = ?')
        .get(clientId) as {
        n: number;
      }
    ).n;
    expect(inDb).toBeGreaterThan(7);
    expect(first.total).toBe(inDb);
    expect(rows).toHaveLength(inDb);
    expect(new Set(rows.map((r) => r.id)).size).toBe(inDb);
    const keys = rows.map((r) => `${r.issuedOn}|${String(r.id).padStart(9, '0')}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it('opens a document with items that add up to its net value', async () => {
    const [row] = await allDocuments(clientId);
    const doc = value(await t.call(agent, 'clientBilling.document', { id: row!.id }));
    expect(doc.items.length).toBeGreaterThan(0);
    expect(doc.items.reduce((s, i) => s + i.totalCents, 0)).toBe(doc.netCents);
    for (const i of doc.items) expect(i.totalCents).toBe(i.quantity * i.unitCents);
    expect(await t.call(agent, 'clientBilling.document', { id: 99_999_999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('pages through the client_billing_documents_client_issued index', () => {
    for (const sql of [BILLING_PAGE_SQL.first, BILLING_PAGE_SQL.after]) {
      const plan = queryPlan(t, sql, { clientId, key: '2026-01-01', id: 5, limit: 10 });
      expect(plan).toMatch(/USING INDEX client_billing_documents_client_issued/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('reads revenue from the monthly summary by primary key', () => {
    const plan = queryPlan(t, REVENUE_SQL, [clientId, '2025-12', '2026-11']);
    expect(plan).toMatch(
      /SEARCH client_revenue_monthly USING PRIMARY KEY \(client_id=\? AND month>\? AND month<\?\)/,
    );
  });
});

describe('revenue', () => {
  it('lists the 12 months up to the current São Paulo month', () => {
    expect(lastTwelveMonths(NOW)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    // 01:30 UTC on 1 January is still December in São Paulo.
    expect(lastTwelveMonths(new Date('2027-01-01T01:30:00Z')).at(-1)).toBe('2026-12');
  });

  it('sums invoices minus credit notes by month and by category, both adding up to the same total', async () => {
    const revenue = value(await t.call(agent, 'clientBilling.revenue', { clientId }));
    expect(revenue.months).toHaveLength(12);
    expect(revenue.fromMonth).toBe('2025-12');
    const byMonth = revenue.months.reduce((s, m) => s + m.cents, 0);
    expect(byMonth).toBe(revenue.totalCents);
    expect(revenue.categories.reduce((s, c) => s + c.cents, 0)).toBe(revenue.totalCents);
    const expected = (
      t.core.db
        .prepare(
          `SELECT sum(CASE kind WHEN 'invoice' THEN net_cents ELSE -net_cents END) AS cents
           FROM client_billing_documents WHERE client_id = ? AND issued_on >= '2025-12-01' AND issued_on <= '2026-11-31'`,
        )
        .get(clientId) as { cents: number }
    ).cents;
    expect(revenue.totalCents).toBe(expected);
    expect(revenue.totalCents).toBeGreaterThan(0);
  });
});

describe('exclusive products', () => {
  it('lists the showcase products and opens one with its latest sales', async () => {
    const products = value(await t.call(agent, 'clientProducts.list', { clientId }));
    expect(products.map((p) => p.code)).toEqual(['EXC-82467786-01', 'EXC-82467786-02']);
    const detail = value(await t.call(agent, 'clientProducts.get', { id: products[0]!.id }));
    expect(detail.details).toMatch(/marca do cliente/);
    expect(detail.recentSales.length).toBeGreaterThan(0);
    for (const sale of detail.recentSales) {
      const doc = value(await t.call(agent, 'clientBilling.document', { id: sale.documentId }));
      expect(doc.clientId).toBe(clientId);
      expect(doc.items.some((i) => i.productCode === 'EXC-82467786-01')).toBe(true);
    }
  });
});
