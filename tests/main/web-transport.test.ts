import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebShell, type WebShell } from '../../electron/main/ipc/web-transport';
import type { Caller, Registry } from '../../electron/main/ipc/registry';
import type { EventBus, EventScope } from '../../electron/main/core-types';
import type { EventName } from '../../shared/ipc/contract';
import { createTestCore, type TestCore } from './support/test-core';

const calls: { channel: string; caller: Caller }[] = [];
const registry: Registry = {
  invoke: async (channel, _input, caller) => {
    calls.push({ channel, caller });
    return { ok: true, value: 'pong' };
  },
};
type Listener = (event: EventName, payload: unknown, scope: EventScope) => void;
const listeners = new Set<Listener>();
const events: EventBus = {
  emit: (event, payload, scope = {}) => listeners.forEach((l) => l(event, payload, scope)),
  subscribe: (l) => {
    listeners.add(l);
    return () => void listeners.delete(l);
  },
};
const usersBySession = new Map<string, number>();

let shell: WebShell;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-web-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<html><head></head><body></body></html>');
  fs.writeFileSync(path.join(os.tmpdir(), 'central-secret.txt'), 'segredo');
  shell = await startWebShell({
    registry,
    events,
    userIdFor: (key) => usersBySession.get(key) ?? null,
    staticDir: dir,
    port: 0,
  });
});
afterAll(() => shell.close());

interface Reply {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}
function request(
  opts: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer },
  target: WebShell = shell,
) {
  return new Promise<Reply>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: opts.path,
        method: opts.method ?? 'GET',
        headers: opts.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** A browser's cookie jar for one shell: what Set-Cookie gave, sent back as Cookie. */
class Browser {
  jar = new Map<string, string>();
  constructor(private readonly target: WebShell = shell) {}
  cookie(): Record<string, string> {
    return this.jar.size ? { cookie: [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ') } : {};
  }
  async get(p: string, headers: Record<string, string> = {}): Promise<Reply> {
    return this.keep(await request({ path: p, headers: { ...this.cookie(), ...headers } }, this.target));
  }
  async invoke(channel: string, input: unknown = {}, headers: Record<string, string> = {}): Promise<Reply> {
    return this.keep(
      await request(
        {
          path: `/api/invoke/${channel}`,
          method: 'POST',
          headers: { 'x-central-token': this.target.token, ...this.cookie(), ...headers },
          body: JSON.stringify(input),
        },
        this.target,
      ),
    );
  }
  private keep(r: Reply): Reply {
    for (const c of r.headers['set-cookie'] ?? []) {
      const [pair] = c.split(';');
      const [k, v] = (pair as string).split('=') as [string, string];
      if (/Max-Age=0/.test(c)) this.jar.delete(k);
      else this.jar.set(k, v);
    }
    return r;
  }
}

/** Opens /api/events with the given headers and collects what arrives until `stop`. */
function listen(headers: Record<string, string>) {
  const got: string[] = [];
  let status = 0;
  let req: http.ClientRequest;
  const ready = new Promise<void>((resolve) => {
    req = http.get({ host: '127.0.0.1', port: shell.port, path: '/api/events', headers }, (res) => {
      status = res.statusCode ?? 0;
      res.on('data', (c: Buffer) => {
        got.push(c.toString());
        resolve();
      });
      res.on('end', () => resolve());
    });
    req.on('error', () => resolve());
  });
  return { ready, got, status: () => status, stop: () => req.destroy() };
}

describe('web shell transport', () => {
  it('binds to loopback only', () => {
    expect(shell.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('injects the per-run token into the page and sends the CSP header', async () => {
    const r = await request({ path: '/' });
    expect(r.body).toContain(`<meta name="central-token" content="${shell.token}">`);
    expect(r.headers['content-security-policy']).toMatch(/script-src 'self'/);
  });

  it('rejects API calls without the token or with a wrong one', async () => {
    const before = calls.length;
    expect((await request({ path: '/api/invoke/app.info', method: 'POST', body: '{}' })).status).toBe(403);
    const wrong = await new Browser().invoke('app.info', {}, { 'x-central-token': 'x' });
    expect(wrong.status).toBe(403);
    expect(calls.length).toBe(before);
  });

  it('issues the session itself in an HttpOnly SameSite=Strict cookie; a caller cannot choose it', async () => {
    const b = new Browser();
    const page = await b.get('/');
    const set = (page.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${shell.cookies.session}=`));
    expect(set).toMatch(/HttpOnly/);
    expect(set).toMatch(/SameSite=Strict/);
    const sid = b.jar.get(shell.cookies.session) as string;
    expect(sid.length).toBeGreaterThanOrEqual(40);

    const r = await b.invoke('app.info', {}, { 'x-central-session': 'abc' });
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: 'pong' });
    expect(calls.at(-1)?.caller.sessionKey).toBe(`web:${sid}`);
    // The same browser keeps its session from call to call.
    await b.invoke('app.info');
    expect(calls.at(-1)?.caller.sessionKey).toBe(`web:${sid}`);

    // A session key the shell never issued (guessed, fixated, copied from an old run) is replaced.
    const fixated = new Browser();
    fixated.jar.set(shell.cookies.session, 'chosen-by-attacker');
    await fixated.invoke('app.info', {}, { 'x-central-session': 'chosen-by-attacker' });
    expect(calls.at(-1)?.caller.sessionKey).not.toMatch(/chosen-by-attacker/);
    expect(fixated.jar.get(shell.cookies.session)).not.toBe('chosen-by-attacker');
  });

  it('accepts the token only in a header, never in a query string', async () => {
    const before = calls.length;
    const inQuery = await request({
      path: `/api/invoke/app.info?token=${encodeURIComponent(shell.token)}`,
      method: 'POST',
      body: '{}',
    });
    expect(inQuery.status).toBe(403);
    const stream = listen({});
    await stream.ready;
    stream.stop();
    expect(stream.status()).toBe(403);
    const streamWithQuery = await new Promise<number>((resolve) =>
      http
        .get(
          {
            host: '127.0.0.1',
            port: shell.port,
            path: `/api/events?token=${encodeURIComponent(shell.token)}`,
          },
          (res) => {
            resolve(res.statusCode ?? 0);
            res.destroy();
          },
        )
        .on('error', () => resolve(0)),
    );
    expect(streamWithQuery).toBe(403);
    expect(calls.length).toBe(before);
  });

  it('refuses calls from another origin or site, and foreign Host headers (DNS rebinding)', async () => {
    const b = new Browser();
    await b.get('/');
    const before = calls.length;
    for (const headers of <Record<string, string>[]>[
      { origin: 'http://evil.example' },
      { origin: 'null' },
      { origin: `http://127.0.0.1:${shell.port + 1}` },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ]) {
      expect((await b.invoke('app.info', {}, headers)).status, JSON.stringify(headers)).toBe(403);
    }
    expect(calls.length).toBe(before);
    const own = await b.invoke('app.info', {}, { origin: shell.url, 'sec-fetch-site': 'same-origin' });
    expect(own.status).toBe(200);
    const stream = listen({ ...b.cookie(), origin: 'http://evil.example' });
    await stream.ready;
    stream.stop();
    expect(stream.status()).toBe(403);

    const rebinding = await request({ path: '/', headers: { host: `evil.example:${shell.port}` } });
    expect(rebinding.status).toBe(421);
  });

  it("streams events by the session cookie, only the session's own and only to a logged-in user", async () => {
    const ana = new Browser();
    const bia = new Browser();
    const anonymous = new Browser();
    for (const b of [ana, bia, anonymous]) await b.get('/');
    usersBySession.set(`web:${ana.jar.get(shell.cookies.session)}`, 2);
    usersBySession.set(`web:${bia.jar.get(shell.cookies.session)}`, 3);
    const streams = [ana, bia, anonymous].map((b) => listen(b.cookie()));
    await Promise.all(streams.map((s) => s.ready));
    expect(streams.map((s) => s.status())).toEqual([200, 200, 200]);

    events.emit(
      'session.changed',
      { userId: 2 },
      { sessionKey: `web:${ana.jar.get(shell.cookies.session)}` },
    );
    events.emit('permissions.changed', {});
    events.emit(
      'integration.export.progress',
      {
        exportId: 'x',
        state: 'running',
        written: 1,
        total: 2,
        message: null,
      } as never,
      { userId: 3 },
    );
    await new Promise((r) => setTimeout(r, 100));
    for (const s of streams) s.stop();
    const [a, b, c] = streams.map((s) => s.got.join(''));
    expect(a).toContain('session.changed');
    expect(a).toContain('permissions.changed');
    expect(a).not.toContain('integration.export.progress');
    expect(b).not.toContain('session.changed');
    expect(b).not.toContain('"userId":2');
    expect(b).toContain('permissions.changed');
    expect(b).toContain('integration.export.progress');
    expect(c).not.toMatch(/session\.changed|permissions\.changed|integration/);
  });

  it('answers 400, not 500, to malformed percent-encoding, and never serves files outside the folder', async () => {
    const b = new Browser();
    await b.get('/');
    expect((await b.get('/%E0%A4%A')).status).toBe(400);
    const api = await b.invoke('%E0%A4%A');
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await request({ path: '/../central-secret.txt' })).body).not.toContain('segredo');
    expect((await request({ path: '/%2e%2e/central-secret.txt' })).body).not.toContain('segredo');
  });

  it('answers a body over the limit with a 413 envelope instead of resetting the connection', async () => {
    const b = new Browser();
    await b.get('/');
    const before = calls.length;
    const big = Buffer.alloc(41 * 1024 * 1024, 0x61);
    const r = await request({
      path: '/api/invoke/clientFiles.upload',
      method: 'POST',
      headers: { 'x-central-token': shell.token, ...b.cookie(), 'content-type': 'application/json' },
      body: big,
    });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    expect(JSON.parse(r.body).error.message).toMatch(/40 MB/);
    expect(calls.length).toBe(before);
  });
});

describe('web shell over the real core', () => {
  let t: TestCore;
  let real: WebShell;
  beforeAll(async () => {
    t = await createTestCore({ clients: 10 });
    real = await startWebShell({
      registry: t.registry,
      events: t.core.events,
      userIdFor: (k) => t.core.sessions.userIdFor(k),
      staticDir: dir,
      port: 0,
    });
  });
  afterAll(async () => {
    await real.close();
    t.close();
  });
  const status = async (b: Browser) =>
    (JSON.parse((await b.invoke('auth.status')).body) as { value: { user: { login: string } | null } }).value
      .user?.login ?? null;

  it('returns the data paths in app.info only to an administrator', async () => {
    const anonymous = new Browser(real);
    await anonymous.get('/');
    const info = (b: Browser) =>
      b.invoke('app.info').then((r) => JSON.parse(r.body).value as Record<string, unknown>);
    const anon = await info(anonymous);
    expect(anon.appVersion).toBeTruthy();
    expect(JSON.stringify(anon)).not.toContain(t.dataDir);

    const agent = new Browser(real);
    await agent.get('/');
    await agent.invoke('auth.login', { login: 'ana', password: 'atendente-demo' });
    expect(JSON.stringify(await info(agent))).not.toContain(t.dataDir);

    const admin = new Browser(real);
    await admin.get('/');
    await admin.invoke('auth.login', { login: 'admin', password: 'admin-demo-2026' });
    expect(await info(admin)).toMatchObject({ dataDir: t.dataDir, databasePath: t.core.databasePath });
  });

  it('"manter conectado" lives in this browser\'s cookie: a new browser is not logged in, Sair ends it', async () => {
    const a = new Browser(real);
    await a.get('/');
    await a.invoke('auth.login', { login: 'ana', password: 'atendente-demo', keepSignedIn: true });
    const keep = a.jar.get(real.cookies.remember) as string;
    expect(keep).toBeTruthy();
    expect(decodeURIComponent(keep)).toMatch(/^kf1:/);

    const b = new Browser(real);
    await b.get('/');
    expect(await status(b)).toBeNull();

    // The shell restarted (sessions gone): A comes back with only its remember cookie.
    a.jar.delete(real.cookies.session);
    await a.get('/');
    expect(await status(a)).toBe('ana');

    await a.invoke('auth.logout');
    expect(a.jar.has(real.cookies.remember)).toBe(false);
    a.jar.delete(real.cookies.session);
    a.jar.set(real.cookies.remember, keep);
    expect(await status(a)).toBeNull();
  });
});
