import { builtinModules } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import { mainWindowOptions } from '../../electron/main/security/window-policy';
import type { AppInfo } from '../../shared/ipc/dto/app';
import type { AuthStatus } from '../../shared/ipc/dto/auth';
import type { Result } from '../../shared/ipc/result';
import { startErpSimulator } from '../../tools/simulators/erp/server';
import type { JobProgress } from '../../shared/ipc/dto/jobs';
import { bootBundle } from './support/boot-bundle';
import { buildProduction, type ProductionBuild } from './support/production-build';

/** What electron-builder ships: production dependencies; electron is provided by the runtime. */
const shipped = new Set([...Object.keys(pkg.dependencies), 'electron']);
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function requiredPackages(code: string): string[] {
  const ids = [
    ...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)|\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => (m[1] ?? m[2]) as string);
  return [...new Set(ids.filter((id) => !id.startsWith('.') && !builtins.has(id)))].map((id) =>
    id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : (id.split('/')[0] as string),
  );
}

let build: ProductionBuild;
beforeAll(() => {
  build = buildProduction();
}, 180_000);
afterAll(() => fs.rmSync(path.dirname(build.outDir), { recursive: true, force: true }));

describe('production bundle (electron-vite build)', () => {
  it('requires only packages electron-builder ships, never a devDependency', () => {
    const required = requiredPackages(build.mainCode);
    expect(required).toContain('better-sqlite3');
    const devOnly = required.filter((p) => p in pkg.devDependencies);
    expect(devOnly).toEqual([]);
    expect(required.filter((p) => !shipped.has(p))).toEqual([]);
  });

  it('has the job worker entry beside index.js', () => {
    expect(fs.existsSync(path.join(build.outDir, 'main', 'job-worker.js'))).toBe(true);
  });

  it('is made of no simulator, seed, test or demo module', () => {
    expect(build.mainSources.some((s) => s === 'electron/main/index.ts')).toBe(true);
    const forbidden = build.mainSources.filter((s) => /^(tests|tools|db\/seed)\//.test(s));
    expect(forbidden).toEqual([]);
    const bundledDevDeps = build.mainSources.filter((s) =>
      Object.keys(pkg.devDependencies).some((d) => s.includes(`node_modules/${d}/`)),
    );
    expect(bundledDevDeps).toEqual([]);
  });
});

describe('the production bundle boots in plain Node against a fake electron', () => {
  it('on an empty data folder: no demo, setup reported, hardened window, renderer present, quit closes the db', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'central-boot-'));
    const app = bootBundle(path.join(build.outDir, 'main', 'index.js'), {
      FAKE_ELECTRON_HOME: home,
      FAKE_ELECTRON_PACKAGED: '1',
      LOCALAPPDATA: path.join(home, 'Local'),
      CENTRAL_LOG_DIR: undefined,
      CENTRAL_DATA_DIR: undefined,
      CENTRAL_DEMO: undefined,
      CENTRAL_QUIET: '1',
    });
    try {
      const window = await app.waitFor((m) => m.type === 'window');
      const options = window.options as { webPreferences: Record<string, unknown> } & Record<string, unknown>;
      const preload = String(options.webPreferences.preload);
      expect(options).toEqual(mainWindowOptions(preload));
      expect(fs.existsSync(preload)).toBe(true);
      // The window loads the app's own scheme, and the handler serves the built renderer with its CSP.
      const loaded = await app.waitFor((m) => m.type === 'loadURL');
      expect(loaded.url).toBe('app://central/index.html');
      const page = await app.fetchApp(String(loaded.url));
      expect(page.status).toBe(200);
      expect(page.body).toContain('<div id="root">');
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
      expect((await app.fetchApp('app://central/../main/index.js')).status).not.toBe(200);

      const status = (await app.invoke('auth.status', {})) as Result<AuthStatus>;
      expect(status.ok).toBe(true);
      if (!status.ok) return;
      expect(status.value.needsSetup).toBe(true);
      expect(status.value.demoCredentials).toEqual([]);
      expect(status.value.setup).toEqual({ erpConfigured: false, firstSyncDone: false });
      const info = (await app.invoke('app.info', {})) as Result<AppInfo>;
      expect(info.ok && info.value.demo).toBe(false);
      expect(app.messages.filter((m) => m.type === 'errorBox')).toEqual([]);

      // Paths are for administrators only; nobody is logged in yet.
      expect(info.ok && info.value.databasePath).toBeUndefined();
      // The cache lives in LocalAppData, not in userData (Roaming on Windows).
      const databasePath = path.join(home, 'Local', 'Central de Atendimento', 'data', 'central.sqlite');
      expect(fs.existsSync(databasePath)).toBe(true);
      expect(await app.quit()).toBe(0);
      // The last connection's close removes the WAL; an app killed with the database open leaves it.
      expect(fs.existsSync(`${databasePath}-wal`)).toBe(false);
      // A GUI app's console is lost: the start is in a log file beside the data, not in Roaming.
      const logs = path.join(home, 'Local', 'Central de Atendimento', 'logs');
      expect(fs.readdirSync(logs).filter((n) => /^central-\d{4}-\d{2}-\d{2}\.log$/.test(n))).toHaveLength(1);
      const db = new Database(databasePath, { readonly: true });
      try {
        expect(db.prepare('SELECT EXISTS (SELECT 1 FROM clients)').pluck().get()).toBe(0);
        expect(db.prepare('SELECT EXISTS (SELECT 1 FROM users)').pluck().get()).toBe(0);
      } finally {
        db.close();
      }
    } finally {
      app.kill();
      fs.rmSync(home, { recursive: true, force: true });
    }
  }, 60_000);

  it('a sync started in the booted bundle runs on the built job worker', async () => {
    const sim = await startErpSimulator({ clients: 50, titles: 400 });
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'central-boot-'));
    const app = bootBundle(path.join(build.outDir, 'main', 'index.js'), {
      FAKE_ELECTRON_HOME: home,
      FAKE_ELECTRON_PACKAGED: '1',
      LOCALAPPDATA: path.join(home, 'Local'),
      CENTRAL_LOG_DIR: undefined,
      CENTRAL_DATA_DIR: undefined,
      CENTRAL_DEMO: undefined,
      CENTRAL_QUIET: '1',
    });
    try {
      await app.waitFor((m) => m.type === 'loadURL');
      const admin = { name: 'Carla Admin', login: 'carla', password: 'senha-forte-2026' };
      expect(await app.invoke('auth.setup', admin)).toMatchObject({ ok: true });
      const saved = { baseUrl: sim.url, token: sim.token, syncTime: '00:00' };
      expect(await app.invoke('erp.settings.save', saved)).toMatchObject({ ok: true });
      expect(await app.invoke('erp.sync.runNow', {})).toMatchObject({ ok: true });
      const isJob = (m: { type: string; args?: unknown }, state: JobProgress['state']) => {
        const [, event, payload] = (m.args ?? []) as [string, string, JobProgress | undefined];
        return m.type === 'event' && event === 'job.progress' && payload?.state === state;
      };
      // Only the worker path reports job.progress; the inline one has no thread to relay.
      await app.waitFor((m) => isJob(m, 'done'));
      expect(app.messages.filter((m) => isJob(m, 'running')).length).toBeGreaterThan(0);
      const status = (await app.invoke('erp.sync.status', {})) as Result<{ runs: { status: string }[] }>;
      expect(status.ok && status.value.runs[0]?.status).toBe('success');
    } finally {
      app.kill();
      await sim.stop();
      fs.rmSync(home, { recursive: true, force: true });
    }
  }, 60_000);

  it('screen pop: central:// registered per user; a cold-start --numero and a second start reach the logged-in window', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'central-boot-'));
    const app = bootBundle(
      path.join(build.outDir, 'main', 'index.js'),
      {
        FAKE_ELECTRON_HOME: home,
        FAKE_ELECTRON_PACKAGED: '1',
        LOCALAPPDATA: path.join(home, 'Local'),
        CENTRAL_LOG_DIR: undefined,
        CENTRAL_DATA_DIR: undefined,
        CENTRAL_DEMO: undefined,
        CENTRAL_QUIET: '1',
      },
      ['--numero', '(11) 4002-8922'],
    );
    try {
      await app.waitFor((m) => m.type === 'loadURL');
      expect(app.messages.find((m) => m.type === 'protocol.defaultClient')?.args).toEqual(['central']);
      // Nobody is logged in: the link waits in main, it is not handed to an anonymous page.
      expect(await app.invoke('home.screenPop.pending', {})).toMatchObject({ ok: false });
      const admin = { name: 'Carla Admin', login: 'carla', password: 'senha-forte-2026' };
      expect(await app.invoke('auth.setup', admin)).toMatchObject({ ok: true });
      expect(await app.invoke('home.screenPop.pending', {})).toEqual({
        ok: true,
        value: ['central://chamada?numero=(11)%204002-8922'],
      });

      const isPopEvent = (m: { type: string; args?: unknown }) =>
        m.type === 'event' && ((m.args ?? []) as string[])[1] === 'home.screenPopRequested';
      app.secondInstance([
        'C:\\CentralDeAtendimento.exe',
        '--allow-file-access',
        'central://cliente/82467786',
      ]);
      await app.waitFor(isPopEvent);
      expect(await app.invoke('home.screenPop.pending', {})).toEqual({
        ok: true,
        value: ['central://cliente/82467786'],
      });
      // A malformed link reaches the window too, and is refused there with its reason.
      app.secondInstance(['C:\\CentralDeAtendimento.exe', 'central://cliente/%3Cscript%3E']);
      expect(await app.invoke('home.screenPop.pending', {})).toEqual({
        ok: true,
        value: ['central://cliente/%3Cscript%3E'],
      });
      const refused = (await app.invoke('home.screenPop.open', {
        link: 'central://cliente/%3Cscript%3E',
      })) as Result<unknown>;
      expect(!refused.ok && refused.error.message).toMatch(/^Link da telefonia inválido/);
      // A second start without a link only brings the window forward.
      app.secondInstance(['C:\\CentralDeAtendimento.exe']);
      expect(await app.invoke('home.screenPop.pending', {})).toEqual({ ok: true, value: [] });
    } finally {
      app.kill();
      fs.rmSync(home, { recursive: true, force: true });
    }
  }, 60_000);
});
