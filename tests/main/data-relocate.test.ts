import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/main/core';
import { dataDirIn, localDataRoot } from '../../electron/main/data-location';
import { databaseFile } from '../../electron/main/db/paths';
import { relocateDataOnce } from '../../electron/main/db/relocate';
import { createDemoCore } from '../../tools/demo/demo-core';

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'central-relocate-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('cache out of the roaming profile', () => {
  it('on Windows the data folder is under LocalAppData, not userData (Roaming)', () => {
    const root = localDataRoot(
      { LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' },
      'C:\\Users\\ana\\AppData\\Roaming\\Central de Atendimento',
      'Central de Atendimento',
    );
    expect(dataDirIn(root)).toContain(path.join('C:\\Users\\ana\\AppData\\Local', 'Central de Atendimento'));
    expect(dataDirIn(root)).not.toContain('Roaming');
  });

  it('moves an existing database (with uncheckpointed WAL) and its files once, then leaves it alone', async () => {
    const roaming = tmp();
    const local = path.join(tmp(), 'data');
    const old = await createDemoCore({ dataDir: roaming, transport: 'web', demoClientCount: 40 });
    fs.mkdirSync(path.join(roaming, 'files'), { recursive: true });
    fs.writeFileSync(path.join(roaming, 'files', 'abc123'), 'conteúdo do anexo');
    // A write still in the WAL when the copy starts must come along.
    const writer = new Database(databaseFile(roaming));
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare("INSERT INTO app_settings (key, value) VALUES ('relocate.canary', 'veio junto')").run();
    old.close();
    expect(fs.statSync(`${databaseFile(roaming)}-wal`).size).toBeGreaterThan(0);

    const r = await relocateDataOnce(roaming, local);
    writer.close();
    expect(r.moved).toBe(true);
    expect(fs.existsSync(databaseFile(roaming))).toBe(false);
    expect(fs.readFileSync(path.join(local, 'files', 'abc123'), 'utf8')).toBe('conteúdo do anexo');

    const moved = await createCore({ dataDir: local, transport: 'web' });
    try {
      expect(moved.db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(40);
      expect(
        moved.db.prepare("SELECT value FROM app_settings WHERE key = 'relocate.canary'").pluck().get(),
      ).toBe('veio junto');
    } finally {
      moved.close();
    }
    expect(await relocateDataOnce(roaming, local)).toEqual({ moved: false, reason: 'no-old-database' });
  });

  it('never overwrites a database already in the new folder; the old one stays untouched', async () => {
    const roaming = tmp();
    const local = tmp();
    (await createDemoCore({ dataDir: roaming, transport: 'web', demoClientCount: 5 })).close();
    (await createCore({ dataDir: local, transport: 'web' })).close();
    const before = fs.readFileSync(databaseFile(roaming));
    expect(await relocateDataOnce(roaming, local)).toEqual({ moved: false, reason: 'already-there' });
    expect(fs.readFileSync(databaseFile(roaming)).equals(before)).toBe(true);
  });
});
