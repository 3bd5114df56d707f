import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/main/db/connection';
import { latestSchemaVersion, loadMigrations, migrate } from '../../electron/main/db/migrate';
import { migrationsDir } from '../../electron/main/db/paths';

const migrations = loadMigrations(migrationsDir());
const dirs: string[] = [];
const tempFile = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-mig-'));
  dirs.push(dir);
  return path.join(dir, 'central.sqlite');
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const tables = (db: Database.Database) =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table','view') ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);

describe('migrations', () => {
  // Parallel branches are given their own ranges (e.g. 0325-0329), so numbers need not step by 10.
  it('are numbered with unique versions', () => {
    const versions = migrations.map((m) => m.version);
    expect(new Set(versions).size).toBe(versions.length);
  });

  // One test per migration: applying it on top of the previous ones works and moves user_version.
  for (const [i, m] of migrations.entries()) {
    it(`${m.version}-${m.name} applies on top of the previous ones`, () => {
      const db = new Database(':memory:');
      migrate(db, migrations.slice(0, i));
      const before = tables(db);
      migrate(db, migrations.slice(0, i + 1));
      expect(db.pragma('user_version', { simple: true })).toBe(m.version);
      // A migration keeps every table except those it drops by name (with an FTS5 table's shadows).
      const dropped = [...m.sql.matchAll(/DROP TABLE (\w+)/g)].map((d) => d[1] as string);
      const kept = before.filter((t) => !dropped.some((d) => t === d || t.startsWith(`${d}_`)));
      expect(tables(db)).toEqual(expect.arrayContaining(kept));
      expect(db.pragma('foreign_key_check')).toEqual([]);
      db.close();
    });
  }

  it('0010 + 0020: the FTS index follows inserts, updates and deletes of clients', () => {
    const db = new Database(':memory:');
    migrate(
      db,
      migrations.filter((m) => m.version <= 20),
    );
    const at = '2026-01-01T00:00:00.000Z';
    db.prepare(
      `INSERT INTO clients (erp_code, legal_name, document, person_type, emails, phones, created_at, updated_at)
       VALUES ('1', 'João Conceição', '52998224725', 'F', '["joao@x.com.br"]', '["4733334444"]', ?, ?)`,
    ).run(at, at);
    const find = (q: string) =>
      (db.prepare('SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?').all(q) as unknown[]).length;
    expect(find('joao')).toBe(1);
    expect(find('conceicao')).toBe(1);
    expect(find('"33334444"')).toBe(1);
    db.prepare("UPDATE clients SET legal_name = 'Maria' WHERE erp_code = '1'").run();
    expect(find('name : joao')).toBe(0);
    expect(find('name : maria')).toBe(1);
    db.prepare("DELETE FROM clients WHERE erp_code = '1'").run();
    expect(find('maria')).toBe(0);
  });

  it('a failing migration leaves the database at its old version, untouched', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 1));
    const broken = [
      ...migrations,
      {
        version: latestSchemaVersion(migrations) + 10,
        name: 'broken',
        sql: 'CREATE TABLE x(a); SELEC nonsense;',
      },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(migrations[0]!.version);
    expect(tables(db)).not.toContain('x');
  });
});

describe('opening the database file', () => {
  it('creates a new database in WAL mode with foreign keys and a busy timeout', () => {
    const file = tempFile();
    const db = openDatabase(file, { migrations });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion(migrations));
    db.close();
  });

  it('refuses a corrupt file with a pt-BR message and leaves it byte for byte', () => {
    const file = tempFile();
    fs.writeFileSync(file, Buffer.from('isto não é um banco de dados, é uma planilha corrompida'.repeat(50)));
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file, { migrations })).toThrow(/não é um banco de dados válido/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const file = tempFile();
    const newer = new Database(file);
    newer.exec('CREATE TABLE future (x)');
    newer.pragma(`user_version = ${latestSchemaVersion(migrations) + 100}`);
    newer.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file, { migrations })).toThrow(/versão mais nova/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a truncated SQLite file', () => {
    const file = tempFile();
    const db = openDatabase(file, { migrations });
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const full = fs.readFileSync(file);
    fs.writeFileSync(file, full.subarray(0, Math.floor(full.length / 3)));
    expect(() => openDatabase(file, { migrations })).toThrow(/corrompido|não foi alterado/);
  });
});
