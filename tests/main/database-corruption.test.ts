import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createDemoCore } from '../../tools/demo/demo-core';
import { loadMigrations, migrate } from '../../electron/main/db/migrate';
import { databaseFile, migrationsDir } from '../../electron/main/db/paths';
import { handlers } from '../../electron/main/ipc/handlers';
import { createRegistry } from '../../electron/main/ipc/registry';
import { BACKUP_JOB } from '../../electron/main/jobs/backup.job';
import { backupsDir, listBackups, pruneBackups } from '../../electron/main/services/database/backups';
import {
  quickCheckInWorker,
  scheduleIntegrityCheck,
} from '../../electron/main/services/database/integrity-check';
import { createTestCore, type TestCore } from './support/test-core';

let t: TestCore | undefined;
afterEach(() => t?.close());

const limitOf = (tc: TestCore, id: number) =>
  (tc.core.db.prepare('SELECT credit_limit_cents AS l FROM clients WHERE id = ?').get(id) as { l: number }).l;

/** Overwrites every page of the clients table (never page 1) with noise, behind SQLite's back. */
function corruptClientPages(file: string): number {
  const probe = new Database(file, { readonly: true });
  const pageSize = probe.pragma('page_size', { simple: true }) as number;
  const pages = (
    probe.prepare("SELECT pageno FROM dbstat WHERE name IN ('clients') AND pageno > 1").all() as {
      pageno: number;
    }[]
  ).map((p) => p.pageno);
  probe.close();
  const fd = fs.openSync(file, 'r+');
  const noise = Buffer.alloc(pageSize, 0xa5);
  for (const p of pages) fs.writeSync(fd, noise, 0, pageSize, (p - 1) * pageSize);
  fs.closeSync(fd);
  return pages.length;
}

async function raise(tc: TestCore, session: string, clientId: number) {
  const l = limitOf(tc, clientId);
  return tc.call(session, 'credit.update', {
    clientId,
    creditLimitCents: l + 10_000,
    creditStatus: 'ADIMPLENTE',
    expectedCreditLimitCents: l,
    bureauQueryId: null,
  });
}

describe('database corruption and backups', () => {
  it('damaged pages are detected (DB_CORRUPT, nothing written), then the last backup is restored intact', async () => {
    t = await createTestCore({ clients: 300 });
    const admin = await t.loginAs('admin');
    const clientId = (t.core.db.prepare('SELECT id FROM clients ORDER BY id LIMIT 1').get() as { id: number })
      .id;
    expect((await raise(t, admin, clientId)).ok).toBe(true);
    const backedUpLimit = limitOf(t, clientId);

    // The daily job makes the backup with the online backup API.
    const run = t.core.scheduler.runNow(BACKUP_JOB);
    expect((await run.done).status).toBe('success');
    const [backup] = listBackups(t.dataDir);
    expect(backup?.fileName).toMatch(/-diario\.sqlite$/);
    if (process.platform !== 'win32') {
      expect(fs.statSync(path.join(backupsDir(t.dataDir), backup!.fileName)).mode & 0o777).toBe(0o600);
    }

    expect((await raise(t, admin, clientId)).ok).toBe(true);
    expect(limitOf(t, clientId)).toBe(backedUpLimit + 10_000);

    // Damage the live file; drop the connection's page cache so the next read meets it.
    t.core.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(corruptClientPages(t.core.databasePath)).toBeGreaterThan(0);
    t.core.db.pragma('cache_size = 0');
    t.core.db.pragma('shrink_memory');
    const sizeBefore = fs.statSync(t.core.databasePath).size;
    const mtimeBefore = fs.statSync(t.core.databasePath).mtimeMs;

    const search = await t.call(admin, 'clients.get', { id: clientId });
    expect(search).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } });
    expect(!search.ok && search.error.message).toMatch(/danificado.*Restaurar backup/);
    // From now on nothing is written, not even a change that would not touch the damage.
    const write = await t.call(admin, 'workspace.save', { openClientIds: [], activeClientId: null });
    expect(write).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } });
    const credit = await t.call(admin, 'credit.update', {
      clientId,
      creditLimitCents: 1,
      creditStatus: 'ADIMPLENTE',
      expectedCreditLimitCents: backedUpLimit + 10_000,
      bureauQueryId: null,
    });
    expect(credit).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } });
    expect(fs.statSync(t.core.databasePath).size).toBe(sizeBefore);
    expect(fs.statSync(t.core.databasePath).mtimeMs).toBe(mtimeBefore);
    expect(await t.call(admin, 'db.health', {})).toMatchObject({ ok: true, value: { corrupt: true } });

    // Restaurar backup: the data of the last backup, integrity ok, the damaged file kept aside.
    const restored = await t.call(admin, 'backup.restore', { fileName: backup!.fileName });
    expect(restored.ok).toBe(true);
    expect(restored.ok && fs.existsSync(restored.value.keptAside)).toBe(true);
    expect(await t.call(admin, 'db.health', {})).toMatchObject({ ok: true, value: { corrupt: false } });
    expect(t.core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const client = await t.call(admin, 'clients.get', { id: clientId });
    expect(client).toMatchObject({ ok: true, value: { creditLimitCents: backedUpLimit } });
    expect((await raise(t, admin, clientId)).ok).toBe(true);
  }, 60_000);

  it('the background quick_check finds damage the start did not look for', async () => {
    const seed = await createTestCore({ clients: 300 });
    const dataDir = seed.dataDir;
    seed.core.db.pragma('wal_checkpoint(TRUNCATE)');
    const file = seed.core.databasePath;
    seed.core.close();
    corruptClientPages(file);
    expect((await quickCheckInWorker(file)).ok).toBe(false);

    // The console starts (only the header and schema are checked on the start path)...
    const core = await createDemoCore({ dataDir, transport: 'web' });
    const registry = createRegistry(core, handlers);
    try {
      expect(core.health.corrupt).toBe(false);
      const changed = new Promise((resolve) =>
        core.events.subscribe((e, p) => e === 'db.health' && resolve(p)),
      );
      scheduleIntegrityCheck(core, 0);
      expect(await changed).toEqual({ corrupt: true });
      const r = await registry.invoke('clients.search', { query: 'a' }, { sessionKey: 'x' });
      expect(r).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } });
      // An administrator can still log in (nothing recorded) to reach "Restaurar backup".
      const login = await registry.invoke(
        'auth.login',
        { login: 'admin', password: 'admin-demo-2026' },
        { sessionKey: 'x' },
      );
      expect(login.ok).toBe(true);
      expect(await registry.invoke('backup.list', {}, { sessionKey: 'x' })).toMatchObject({ ok: true });
    } finally {
      core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('a migration is preceded by a backup, and backups older than the kept days go (the newest stays)', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-premigration-'));
    const old = new Database(databaseFile(dataDir));
    migrate(
      old,
      loadMigrations(migrationsDir()).filter((m) => m.version <= 250),
    );
    old.close();
    const core = await createDemoCore({ dataDir, transport: 'web' });
    core.close();
    const backups = listBackups(dataDir);
    expect(backups.map((b) => b.reason)).toEqual(['antes da atualização do banco']);
    const stale = path.join(backupsDir(dataDir), 'central-2020-01-01T00-00-00-000Z-diario.sqlite');
    const staler = path.join(backupsDir(dataDir), 'central-2019-01-01T00-00-00-000Z-diario.sqlite');
    fs.writeFileSync(stale, '');
    fs.writeFileSync(staler, '');
    expect(pruneBackups(dataDir, 7, new Date()).sort()).toEqual([
      path.basename(staler),
      path.basename(stale),
    ]);
    expect(listBackups(dataDir)).toHaveLength(1);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('refuses to restore a damaged backup or a file outside the backups folder', async () => {
    t = await createTestCore({ clients: 10 });
    const admin = await t.loginAs('admin');
    const outside = await t.call(admin, 'backup.restore', { fileName: '..central.sqlite' });
    expect(outside).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    fs.mkdirSync(backupsDir(t.dataDir), { recursive: true });
    const bad = 'central-2026-11-20T00-00-00-000Z-diario.sqlite';
    fs.writeFileSync(path.join(backupsDir(t.dataDir), bad), Buffer.alloc(8192, 7));
    const damaged = await t.call(admin, 'backup.restore', { fileName: bad });
    expect(damaged).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } });
    expect(await t.call(admin, 'db.health', {})).toMatchObject({ ok: true, value: { corrupt: false } });
    const agent = await t.loginAs('ana');
    expect(await t.call(agent, 'backup.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
