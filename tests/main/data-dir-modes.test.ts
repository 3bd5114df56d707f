import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/main/core';
import { createTestCore, type TestCore } from './support/test-core';

const mode = (p: string) => fs.statSync(p).mode & 0o777;
const cores: TestCore[] = [];
afterEach(() => {
  for (const t of cores.splice(0)) t.close();
});

// Windows keeps the data folder private through the profile's ACL, not modes.
describe.skipIf(process.platform === 'win32')('data folder permissions', () => {
  it('creates the folder 0700 and the database, WAL, key and attachments 0600, whatever the umask', async () => {
    const old = process.umask(0o022);
    try {
      const t = await createTestCore({ clients: 5 });
      cores.push(t);
      const admin = await t.loginAs('ana');
      const clientId = (t.core.db.prepare('SELECT id FROM clients LIMIT 1').get() as { id: number }).id;
      const r = await t.call(admin, 'clientFiles.attach', {
        clientId,
        name: 'a.pdf',
        mime: 'application/pdf',
        contentBase64: Buffer.from('%PDF-1.4 x').toString('base64'),
      });
      expect(r.ok).toBe(true);
      await t.core.secrets.encrypt('x');
      const db = t.core.databasePath;
      expect(mode(t.dataDir)).toBe(0o700);
      expect(mode(db)).toBe(0o600);
      expect(fs.existsSync(`${db}-wal`)).toBe(true);
      expect(mode(`${db}-wal`)).toBe(0o600);
      expect(mode(`${db}-shm`)).toBe(0o600);
      expect(mode(path.join(t.dataDir, 'secret.key'))).toBe(0o600);
      const files = path.join(t.dataDir, 'files');
      expect(mode(files)).toBe(0o700);
      for (const f of fs.readdirSync(files)) expect(mode(path.join(files, f)), f).toBe(0o600);
    } finally {
      process.umask(old);
    }
  });

  it('tightens a data folder an older version left readable by everyone', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-modes-'));
    const first = await createCore({ dataDir: dir, transport: 'web' });
    first.close();
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(path.join(dir, 'central.sqlite'), 0o644);
    const again = await createCore({ dataDir: dir, transport: 'web' });
    try {
      expect(mode(dir)).toBe(0o700);
      expect(mode(again.databasePath)).toBe(0o600);
      expect(mode(`${again.databasePath}-wal`)).toBe(0o600);
    } finally {
      again.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
