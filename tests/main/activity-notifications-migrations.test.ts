import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../electron/main/db/migrate';
import { migrationsDir } from '../../electron/main/db/paths';
import { dueNotifications } from '../../electron/main/db/repos/activity-notifications.repo';

const migrations = loadMigrations(migrationsDir());
const AT = '2026-12-01T12:00:00.000Z';

describe('0340 activity notifications and the shared-across-companies flag', () => {
  it('existing users, activities and clients keep their data and get the new defaults', () => {
    const db = new Database(':memory:');
    migrate(
      db,
      migrations.filter((m) => m.version < 340),
    );
    db.prepare(
      `INSERT INTO users (login, name, password_hash, created_at, updated_at) VALUES ('ana', 'Ana', 'x', ?, ?)`,
    ).run(AT, AT);
    db.prepare(
      `INSERT INTO clients (erp_code, legal_name, document, person_type, created_at, updated_at)
       VALUES ('1', 'Cliente', '11222333000181', 'J', ?, ?)`,
    ).run(AT, AT);
    db.prepare(
      `INSERT INTO client_activities (client_id, kind, title, due_at, created_at, updated_at)
       VALUES (1, 'appointment', 'Antiga', ?, ?, ?)`,
    ).run(AT, AT, AT);
    migrate(db, migrations);
    expect(db.prepare('SELECT login, email FROM users').get()).toEqual({ login: 'ana', email: null });
    expect(
      db.prepare('SELECT title, ics_uid, ics_sequence, owner_user_id, notify FROM client_activities').get(),
    ).toEqual({ title: 'Antiga', ics_uid: null, ics_sequence: 0, owner_user_id: null, notify: 1 });
    expect(db.prepare('SELECT shared_across_companies AS s FROM clients').get()).toEqual({ s: 0 });
    expect(() => db.prepare('UPDATE clients SET shared_across_companies = 2').run()).toThrow(/CHECK/);
  });

  it('the sender’s due-rows query walks the partial index, not the table', () => {
    const db = new Database(':memory:');
    migrate(db, migrations);
    dueNotifications(db, AT, 10);
    const plan = (
      db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT * FROM activity_notifications WHERE state = 'pending' AND next_attempt_at <= ?
           ORDER BY next_attempt_at, id LIMIT ?`,
        )
        .all(AT, 10) as { detail: string }[]
    )
      .map((p) => p.detail)
      .join('\n');
    expect(plan).toContain('activity_notifications_due');
  });
});
