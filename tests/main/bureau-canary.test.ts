import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { configureLogFiles } from '../../electron/main/log';
import { DEFAULT_EMAIL } from '../../tools/simulators/bureau/fixtures';
import { bureauFixture, newKey, type BureauFixture } from './bureau-fixture';

/** A password nobody would write by accident: if it shows up anywhere, it leaked. */
const CANARY = 'Canário-7Qz!Deps#ÚNICA-2026';

let f: BureauFixture;
const logged: string[] = [];
const returned: string[] = [];
const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-canary-logs-'));

beforeAll(async () => {
  process.env.CENTRAL_QUIET = '0';
  configureLogFiles(logDir);
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '));
    });
  }
  f = await bureauFixture({ password: CANARY });
});
afterAll(async () => {
  vi.restoreAllMocks();
  process.env.CENTRAL_QUIET = '1';
  await f.close();
  fs.rmSync(logDir, { recursive: true, force: true });
});

describe('the bureau password never leaves the secret store in clear', () => {
  it('appears in no IPC payload, no log line or log file, the database file or its WAL', async () => {
    const { t, admin, agent, sim } = f;
    const connection = { url: sim.url, email: DEFAULT_EMAIL, caPem: sim.caPem, spkiPin: null };
    const record = async <T>(p: Promise<T>): Promise<T> => {
      const r = await p;
      returned.push(JSON.stringify(r));
      return r;
    };
    await record(t.call(admin, 'bureau.settings.fetchProducts', { ...connection, password: CANARY }));
    await record(t.call(admin, 'bureau.settings.fetchProducts', { ...connection, password: `${CANARY}x` }));
    await record(t.call(admin, 'bureau.settings.fetchProducts', connection));
    await record(
      t.call(admin, 'bureau.settings.save', {
        ...connection,
        password: CANARY,
        products: f.products,
        defaultProductF: 'A1B2C3D4',
        defaultProductJ: 'B2C3D4E5',
        receivablesDailySync: true,
      }),
    );
    await record(t.call(admin, 'bureau.settings.get', {}));
    await record(t.call(agent, 'bureau.products.forClient', { clientId: f.pj.id }));
    const run = await record(
      t.call(agent, 'bureau.query.run', {
        clientId: f.pj.id,
        productId: 'B2C3D4E5',
        idempotencyKey: newKey(),
      }),
    );
    expect(run).toMatchObject({ ok: true, value: { status: 'succeeded' } });
    sim.setFault({ kind: 'status', status: 500, times: 1 });
    await record(
      t.call(agent, 'bureau.query.run', {
        clientId: f.pf.id,
        productId: 'A1B2C3D4',
        idempotencyKey: newKey(),
      }),
    );
    sim.expireTokens();
    await record(
      t.call(agent, 'bureau.query.run', {
        clientId: f.pf.id,
        productId: 'A1B2C3D4',
        idempotencyKey: newKey(),
      }),
    );
    await record(t.call(agent, 'bureau.query.recent', { clientId: f.pj.id }));
    const list = await record(t.call(agent, 'bureau.query.list', { clientId: f.pj.id }));
    if (list.ok) await record(t.call(agent, 'bureau.query.get', { id: list.value.rows[0]!.id! }));
    await record(t.call(admin, 'audit.list', { offset: 0, limit: 200 }));

    expect(returned.length).toBeGreaterThan(10);
    expect(logged.length).toBeGreaterThan(0);
    for (const payload of returned) expect(payload).not.toContain(CANARY);
    for (const line of logged) expect(line).not.toContain(CANARY);
    // The same lines in the log files an agent's PC keeps.
    const logFiles = fs.readdirSync(logDir).map((n) => path.join(logDir, n));
    expect(logFiles.length).toBeGreaterThan(0);
    for (const file of logFiles) {
      const text = fs.readFileSync(file, 'utf8');
      expect(text.length, file).toBeGreaterThan(0);
      expect(text, file).not.toContain(CANARY);
    }

    const files = [t.core.databasePath, `${t.core.databasePath}-wal`].filter((p) => fs.existsSync(p));
    expect(files).toHaveLength(2);
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      expect(bytes.includes(Buffer.from(CANARY, 'utf8')), file).toBe(false);
      expect(bytes.includes(Buffer.from(CANARY, 'utf16le')), file).toBe(false);
    }
    // The ciphertext is there, so the check above looked at a file that holds the setting.
    const cipher = (
      t.core.db.prepare("SELECT value FROM app_settings WHERE key = 'bureau.config'").get() as {
        value: string;
      }
    ).value;
    expect(JSON.parse(cipher).passwordCipher).toMatch(/^kf1:/);
  });
});
