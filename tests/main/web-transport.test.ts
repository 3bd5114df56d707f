import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebShell, type WebShell } from '../../electron/main/ipc/web-transport';
import type { Registry } from '../../electron/main/ipc/registry';

const calls: { channel: string; sessionKey: string }[] = [];
const registry: Registry = {
  invoke: async (channel, _input, caller) => {
    calls.push({ channel, sessionKey: caller.sessionKey });
    return { ok: true, value: 'pong' };
  },
};
let shell: WebShell;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-web-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<html><head></head><body></body></html>');
  fs.writeFileSync(path.join(os.tmpdir(), 'central-secret.txt'), 'segredo');
  shell = await startWebShell({ registry, events: null, staticDir: dir, port: 0 });
});
afterAll(() => shell.close());

function request(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>(
    (resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: shell.port,
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
    },
  );
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
    const wrong = await request({
      path: '/api/invoke/app.info',
      method: 'POST',
      headers: { 'x-central-token': 'x' },
      body: '{}',
    });
    expect(wrong.status).toBe(403);
    expect(calls.length).toBe(before);
  });

  it('serves the registry with the token, keyed by the page session', async () => {
    const r = await request({
      path: '/api/invoke/app.info',
      method: 'POST',
      headers: { 'x-central-token': shell.token, 'x-central-session': 'abc' },
      body: '{}',
    });
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: 'pong' });
    expect(calls.at(-1)).toEqual({ channel: 'app.info', sessionKey: 'web:abc' });
  });

  it('refuses foreign Host headers (DNS rebinding) and path traversal', async () => {
    const rebinding = await request({ path: '/', headers: { host: `evil.example:${shell.port}` } });
    expect(rebinding.status).toBe(421);
    const traversal = await request({ path: '/../central-secret.txt' });
    expect(traversal.body).not.toContain('segredo');
    const encoded = await request({ path: '/%2e%2e/central-secret.txt' });
    expect(encoded.body).not.toContain('segredo');
  });
});
