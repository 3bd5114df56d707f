import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { EventBus } from '../core-types';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import type { Registry } from './registry';

export interface WebShellOptions {
  registry: Registry;
  events: EventBus | null;
  /** Folder with the built renderer (index.html + assets). */
  staticDir: string;
  port: number;
}

export interface WebShell {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 40 * 1024 * 1024;
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function tokensEqual(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(
  res: http.ServerResponse,
  status: number,
  body: string,
  type = 'application/json; charset=utf-8',
) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
  res.end(body);
}

/**
 * The loopback transport: the same registry as Electron IPC, over HTTP on 127.0.0.1.
 * Every API request must carry the per-run token injected into the page, so another local
 * program or web page cannot drive the console; the Host check defeats DNS rebinding.
 */
export function startWebShell(opts: WebShellOptions): Promise<WebShell> {
  const token = crypto.randomBytes(32).toString('base64url');
  const indexPath = path.join(opts.staticDir, 'index.html');
  let allowedHosts = new Set<string>();

  const server = http.createServer((req, res) => {
    void (async () => {
      if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 421, '{"error":"host"}');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');

      if (url.pathname.startsWith('/api/')) {
        const given =
          (req.headers['x-central-token'] as string | undefined) ??
          url.searchParams.get('token') ??
          undefined;
        if (!tokensEqual(given, token)) return send(res, 403, '{"error":"token"}');
        const sessionKey =
          (req.headers['x-central-session'] as string | undefined) ??
          url.searchParams.get('session') ??
          'web';

        if (req.method === 'POST' && url.pathname.startsWith('/api/invoke/')) {
          const channel = decodeURIComponent(url.pathname.slice('/api/invoke/'.length));
          let input: unknown;
          try {
            const raw = await readBody(req);
            input = raw ? JSON.parse(raw) : {};
          } catch {
            return send(
              res,
              400,
              JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'Requisição inválida.' } }),
            );
          }
          const result = await opts.registry.invoke(channel, input, {
            sessionKey: `web:${sessionKey}`,
            source: `web ${req.socket.remoteAddress ?? ''}`,
          });
          return send(res, 200, JSON.stringify(result));
        }
        if (req.method === 'GET' && url.pathname === '/api/events') {
          res.writeHead(200, {
            ...SECURITY_HEADERS,
            'Content-Type': 'text/event-stream',
            Connection: 'keep-alive',
          });
          res.write(': connected\n\n');
          const unsubscribe = opts.events?.subscribe((event, payload) => {
            res.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
          });
          req.on('close', () => unsubscribe?.());
          return;
        }
        return send(res, 404, '{"error":"not found"}');
      }

      if (req.method !== 'GET') return send(res, 405, 'Method not allowed', 'text/plain');
      const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
      const file = path.resolve(opts.staticDir, rel);
      if (!file.startsWith(path.resolve(opts.staticDir) + path.sep) && file !== indexPath) {
        return send(res, 404, 'Not found', 'text/plain');
      }
      if (file === indexPath || !fs.existsSync(file)) {
        if (!fs.existsSync(indexPath))
          return send(res, 500, 'Renderer não compilado: rode npm run web.', 'text/plain');
        const html = fs
          .readFileSync(indexPath, 'utf8')
          .replace('<head>', `<head><meta name="central-token" content="${token}">`);
        return send(res, 200, html, MIME['.html']);
      }
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
      });
      fs.createReadStream(file).pipe(res);
    })().catch(() => {
      if (!res.headersSent) send(res, 500, '{"error":"internal"}');
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        token,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}
