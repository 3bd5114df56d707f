import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { loadMigrations, migrate } from '../../electron/main/db/migrate';
import { migrationsDir } from '../../electron/main/db/paths';

const all = loadMigrations(migrationsDir());
const CLIENT_SCREEN_TABLES = [
  'client_contacts',
  'client_activities',
  'client_tickets',
  'client_billing_documents',
  'client_billing_document_items',
  'client_exclusive_products',
  'client_files',
  'client_revenue_monthly',
];

function upToUsers() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(
    db,
    all.filter((m) => m.version <= 30),
  );
  db.prepare(
    `INSERT INTO clients (id, erp_code, legal_name, document, person_type, created_at, updated_at)
     VALUES (1, '10000001', 'Cliente Antigo Ltda', '02407786000191', 'J', '2020-01-01', '2020-01-01')`,
  ).run();
  return db;
}

describe('client screen migrations (0040-0060)', () => {
  it('upgrade a database that already has clients and keep them', () => {
    const db = upToUsers();
    migrate(db, all);
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    ).map((r) => r.name);
    for (const table of CLIENT_SCREEN_TABLES) expect(tables).toContain(table);
    expect(db.prepare('SELECT legal_name FROM clients WHERE id = 1').get()).toEqual({
      legal_name: 'Cliente Antigo Ltda',
    });
    expect(db.pragma('user_version', { simple: true })).toBe(all.at(-1)?.version);
  });

  it('refuse values the screen could not show', () => {
    const db = upToUsers();
    migrate(db, all);
    const bad = [
      `INSERT INTO client_activities (client_id, kind, title, due_at, created_at, updated_at)
       VALUES (1, 'meeting', 'x', '2026-01-01T00:00:00Z', 'x', 'x')`,
      `INSERT INTO client_tickets (client_id, description, progress, opened_at, updated_at) VALUES (1, 'x', 120, 'x', 'x')`,
      `INSERT INTO client_billing_documents (client_id, kind, number, issued_on, category, net_cents)
       VALUES (1, 'invoice', '1', '2026-01-01', 'x', -5)`,
      `INSERT INTO client_files (client_id, name, mime, size_bytes, sha256, uploaded_at) VALUES (1, 'a', 'b', 1, 'short', 'x')`,
      `INSERT INTO client_contacts (client_id, name, initials, created_at, updated_at) VALUES (999, 'x', 'X', 'x', 'x')`,
    ];
    for (const sql of bad) expect(() => db.prepare(sql).run(), sql).toThrow(/constraint/i);
  });

  it('remove a client’s records with the client', () => {
    const db = upToUsers();
    migrate(db, all);
    db.prepare(
      `INSERT INTO client_billing_documents (client_id, kind, number, issued_on, category, net_cents)
       VALUES (1, 'invoice', '1-1', '2026-01-01', 'Mercearia', 100)`,
    ).run();
    db.prepare(
      `INSERT INTO client_billing_document_items (document_id, line, product_code, description, quantity, unit_cents, total_cents)
       VALUES (1, 1, 'MER-1', 'Arroz', 1, 100, 100)`,
    ).run();
    db.prepare('DELETE FROM clients WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM client_billing_document_items').get()).toEqual({ n: 0 });
  });

  it('keep the monthly revenue summary equal to the documents through inserts, updates and deletes', () => {
    const db = upToUsers();
    migrate(db, all);
    const insert = db.prepare(
      `INSERT INTO client_billing_documents (client_id, kind, number, issued_on, category, net_cents)
       VALUES (1, ?, ?, ?, ?, ?)`,
    );
    insert.run('invoice', '1-1', '2026-01-10', 'Mercearia', 10_000);
    insert.run('invoice', '1-2', '2026-01-20', 'Mercearia', 5_000);
    insert.run('credit_note', 'NC-1', '2026-01-25', 'Mercearia', 2_000);
    insert.run('invoice', '1-3', '2026-02-01', 'Bebidas', 7_000);
    db.prepare(
      "UPDATE client_billing_documents SET issued_on = '2026-02-15', category = 'Bebidas' WHERE number = '1-2'",
    ).run();
    db.prepare("DELETE FROM client_billing_documents WHERE number = '1-3'").run();
    const summary = db
      .prepare(
        'SELECT month, category, cents FROM client_revenue_monthly WHERE cents <> 0 ORDER BY month, category',
      )
      .all();
    const recomputed = db
      .prepare(
        `SELECT substr(issued_on, 1, 7) AS month, category,
           sum(CASE kind WHEN 'invoice' THEN net_cents ELSE -net_cents END) AS cents
         FROM client_billing_documents GROUP BY 1, 2 HAVING cents <> 0 ORDER BY 1, 2`,
      )
      .all();
    expect(summary).toEqual(recomputed);
    expect(summary).toEqual([
      { month: '2026-01', category: 'Mercearia', cents: 8_000 },
      { month: '2026-02', category: 'Bebidas', cents: 5_000 },
    ]);
  });
});
