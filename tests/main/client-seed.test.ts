import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/main/db/connection';
import { loadMigrations } from '../../electron/main/db/migrate';
import { migrationsDir } from '../../electron/main/db/paths';
import { seedDemoClients } from '../../db/seed/seed-db';

const TABLES = [
  'client_contacts',
  'client_activities',
  'client_tickets',
  'client_billing_documents',
  'client_billing_document_items',
  'client_exclusive_products',
];

function seeded(count: number, seed?: number): Db {
  const db = openDatabase(':memory:', { migrations: loadMigrations(migrationsDir()) });
  seedDemoClients(db, { count, seed });
  return db;
}

const fingerprint = (db: Db) =>
  Object.fromEntries(
    TABLES.map((t) => [
      t,
      db
        .prepare(
          `SELECT count(*) AS n, total(length(${t === 'client_billing_document_items' ? 'description' : 'client_id'})) AS l FROM ${t}`,
        )
        .get(),
    ]),
  );

describe('demo records of the client screen', () => {
  it('are the same for the same seed and differ for another', () => {
    const a = seeded(120);
    const b = seeded(120);
    const c = seeded(120, 7);
    expect(fingerprint(a)).toEqual(fingerprint(b));
    expect(a.prepare('SELECT * FROM client_billing_documents ORDER BY id LIMIT 50').all()).toEqual(
      b.prepare('SELECT * FROM client_billing_documents ORDER BY id LIMIT 50').all(),
    );
    expect(a.prepare('SELECT title FROM client_activities ORDER BY id').all()).not.toEqual(
      c.prepare('SELECT title FROM client_activities ORDER BY id').all(),
    );
  });

  it('fill every tab of the showcase client 82467786 with pt-BR content', () => {
    const db = seeded(5);
    const id = (db.prepare("SELECT id FROM clients WHERE erp_code = '82467786'").get() as { id: number }).id;
    const count = (table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE client_id = ?`).get(id) as { n: number }).n;
    expect(count('client_contacts')).toBe(4);
    expect(count('client_tickets')).toBe(2);
    expect(count('client_exclusive_products')).toBe(2);
    expect(count('client_activities')).toBeGreaterThan(3);
    expect(count('client_billing_documents')).toBeGreaterThan(5);
    expect(
      db
        .prepare(
          "SELECT title, status FROM client_activities WHERE client_id = ? AND due_at = '2026-11-25T13:00:00.000Z'",
        )
        .get(id),
    ).toEqual({
      title: 'Chamada - 82467786 MAXIMINO SANTIN',
      status: 'open',
    });
    expect(
      db
        .prepare('SELECT email FROM client_contacts WHERE client_id = ? AND name = ?')
        .get(id, 'Patrick Fonseca'),
    ).toEqual({
      email: 'patrick.fonseca@gmail.com',
    });
  });

  it('keep every document’s net value equal to the sum of its items and numbers unique', () => {
    const db = seeded(300);
    const mismatched = db
      .prepare(
        `SELECT d.id FROM client_billing_documents d
         WHERE d.net_cents <> (SELECT sum(total_cents) FROM client_billing_document_items i WHERE i.document_id = d.id)`,
      )
      .all();
    expect(mismatched).toEqual([]);
    const credit = db
      .prepare("SELECT count(*) AS n FROM client_billing_documents WHERE kind = 'credit_note'")
      .get() as {
      n: number;
    };
    expect(credit.n).toBeGreaterThan(0);
    const orphanCredit = db
      .prepare(
        `SELECT c.id FROM client_billing_documents c WHERE c.kind = 'credit_note' AND NOT EXISTS
           (SELECT 1 FROM client_billing_documents i WHERE i.kind = 'invoice' AND i.number = c.related_number AND i.client_id = c.client_id)`,
      )
      .all();
    expect(orphanCredit).toEqual([]);
  });
});
