import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../electron/main/db/migrate';
import { migrationsDir } from '../../electron/main/db/paths';
import { receivableUpserter } from '../../electron/main/db/repos/receivables.repo';
import { title } from './receivables-fixture';

const migrations = loadMigrations(migrationsDir());

const ledger = (db: Database.Database) =>
  db.prepare('SELECT seq, idx, kind, date, amount_cents FROM receivable_movements ORDER BY seq').all();

describe('0200 + 0210 receivables to the bureau', () => {
  it('0210 numbers the movements of titles already in the cache, in title order', () => {
    const db = new Database(':memory:');
    migrate(
      db,
      migrations.filter((m) => m.version <= 200),
    );
    const upsert = receivableUpserter(db);
    upsert(
      title({
        key: 'A/1',
        erpCode: '1',
        issueDate: '2026-01-01',
        amountCents: 500,
        movements: [
          { kind: 'entry', date: '2026-01-01', amountCents: 500 },
          { kind: 'payment', date: '2026-01-09', amountCents: 200 },
        ],
      }),
      'x',
    );
    migrate(db, migrations);
    expect(ledger(db)).toEqual([
      { seq: 1, idx: 0, kind: 'entry', date: '2026-01-01', amount_cents: 500 },
      { seq: 2, idx: 1, kind: 'payment', date: '2026-01-09', amount_cents: 200 },
    ]);
    expect(
      db
        .prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'bureau_receivables_requests_at'")
        .get(),
    ).toEqual({
      n: 1,
    });
  });

  it('the ERP sync keeps the ledger: unchanged movements keep their number, new and rewritten ones get a new one', () => {
    const db = new Database(':memory:');
    migrate(db, migrations);
    const upsert = receivableUpserter(db);
    const base = { key: 'B/1', erpCode: '1', issueDate: '2026-02-01', amountCents: 900 };
    upsert(title({ ...base, movements: [{ kind: 'entry', date: '2026-02-01', amountCents: 900 }] }), 'x');
    upsert(title({ ...base, movements: [{ kind: 'entry', date: '2026-02-01', amountCents: 900 }] }), 'y');
    upsert(
      title({
        ...base,
        movements: [
          { kind: 'entry', date: '2026-02-01', amountCents: 900 },
          { kind: 'payment', date: '2026-02-05', amountCents: 100 },
        ],
      }),
      'z',
    );
    upsert(
      title({
        ...base,
        movements: [
          { kind: 'entry', date: '2026-02-01', amountCents: 900 },
          { kind: 'payment', date: '2026-02-06', amountCents: 150 },
          { kind: 'payment_reversal', date: '2026-02-06', amountCents: 150 },
        ],
      }),
      'w',
    );
    expect(ledger(db)).toEqual([
      { seq: 1, idx: 0, kind: 'entry', date: '2026-02-01', amount_cents: 900 },
      { seq: 3, idx: 1, kind: 'payment', date: '2026-02-06', amount_cents: 150 },
      { seq: 4, idx: 2, kind: 'payment_reversal', date: '2026-02-06', amount_cents: 150 },
    ]);
  });
});
