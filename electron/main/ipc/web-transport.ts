import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { EventBus } from '../core-types';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import type { DeviceSlot } from '../services/auth/device-slot';
import { eventIsFor } from './event-scope';
import type { Registry } from './registry';
import { cookieHeader, readCookie } from './web-cookies';

export interface WebShellOptions {
  registry: Registry;
  events: EventBus | null;
  /** Who is logged in on a session, so the event stream carries only what is theirs. */
  userIdFor?: (sessionKey: string) => number | null;
  /** Folder with the built renderer (index.html + assets). */
  staticDir: string;
  port: number;
}

export interface WebShell {
  url: string;
  port: number;
  token: string;
  /** Cookie names (they carry the port: cookies are shared by every port of 127.0.0.1). */
  cookies: { session: string; remember: string };
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 40 * 1024 * 1024;
const MAX_SESSIONS = 10_000;
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

const JSON_TYPE = 'application/json; charset=utf-8';
const envelope = (code: string, message: string) => JSON.stringify({ ok: false, error: { code, message } });

function tokensEqual(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/**
 * Reads the body up to the limit. Past it the rest is drained, not buffered, so the caller can
 * still answer with an envelope (a reset connection tells the user nothing).
 */
function readBody(req: http.IncomingMessage): Promise<string | 'too large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
      else chunks.length = 0;
    });
    req.on('end', () =>
      resolve(size > MAX_BODY_BYTES ? 'too large' : Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

function decodePath(p: string): string | null {
  try {
    return decodeURIComponent(p);
  } catch {
    return null;
  }
}

/**
 * The loopback transport: the same registry as Electron IPC, over HTTP on 127.0.0.1.
 * - The session is issued here, in an HttpOnly SameSite=Strict cookie: a caller cannot pick it.
 * - Every API call carries the per-run token in a header (never in a URL, where it would end in
 *   history and logs); the event stream, which cannot send headers, needs an issued session cookie.
 * - Foreign Origin / Sec-Fetch-Site is refused (another site's page), and so is a foreign Host
 *   (DNS rebinding).
 * It does not protect against another program of the same OS user: see README.
 */
export function startWebShell(opts: WebShellOptions): Promise<WebShell> {
  const token = crypto.randomBytes(32).toString('base64url');
  const indexPath = path.join(opts.staticDir, 'index.html');
  const issued = new Set<string>();
  const issue = (sid: string) => {
    issued.add(sid);
    // Bounded: a client that never keeps cookies must not grow the set forever.
    if (issued.size > MAX_SESSIONS) issued.delete(issued.values().next().value as string);
  };
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();
  let cookies = { session: 'central_sid', remember: 'central_keep' };

  const server = http.createServer((req, res) => {
    const setCookies: string[] = [];
    const send = (status: number, body: string, type = JSON_TYPE, extra: http.OutgoingHttpHeaders = {}) => {
      res.writeHead(status, {
        ...SECURITY_HEADERS,
        'Content-Type': type,
        ...(setCookies.length ? { 'Set-Cookie': setCookies } : {}),
        ...extra,
      });
      res.end(body);
    };

    void (async () => {
      if (!allowedHosts.has(req.headers.host ?? '')) return send(421, '{"error":"host"}');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const pathname = decodePath(url.pathname);
      if (pathname === null) {
        return send(400, envelope('VALIDATION', 'Endereço inválido (codificação % malformada).'));
      }

      const site = req.headers['sec-fetch-site'];
      const sameSite = site === undefined || site === 'same-origin' || site === 'none';
      const fromCookie = readCookie(req.headers.cookie, cookies.session);
      const known = fromCookie !== null && issued.has(fromCookie);
      const sid = known ? fromCookie : crypto.randomBytes(32).toString('base64url');
      // A link from another site arrives without the Strict cookie: answering it with a new
      // session would overwrite the one the user's other tabs are using.
      if (!known && sameSite) {
        issue(sid);
        setCookies.push(cookieHeader(cookies.session, sid));
      }
      const sessionKey = `web:${sid}`;

      if (pathname.startsWith('/api/')) {
        const origin = req.headers.origin;
        if ((origin !== undefined && !allowedOrigins.has(origin)) || !sameSite) {
          return send(403, '{"error":"origin"}');
        }

        if (req.method === 'GET' && pathname === '/api/events') {
          if (!known) return send(403, '{"error":"session"}');
          res.writeHead(200, {
            ...SECURITY_HEADERS,
            'Content-Type': 'text/event-stream',
            Connection: 'keep-alive',
          });
          res.write(': connected\n\n');
          const unsubscribe = opts.events?.subscribe((event, payload, scope) => {
            if (!eventIsFor(scope, sessionKey, opts.userIdFor?.(sessionKey) ?? null)) return;
            res.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
          });
          req.on('close', () => unsubscribe?.());
          return;
        }

        const given = req.headers['x-central-token'];
        if (!tokensEqual(typeof given === 'string' ? given : undefined, token)) {
          return send(403, '{"error":"token"}');
        }
        if (req.method === 'POST' && pathname.startsWith('/api/invoke/')) {
          const channel = pathname.slice('/api/invoke/'.length);
          const raw = await readBody(req);
          if (raw === 'too large') {
            return send(
              413,
              envelope('TOO_LARGE', 'O envio passou do limite de 40 MB. Envie um arquivo menor.'),
            );
          }
          let input: unknown;
          try {
            input = raw ? JSON.parse(raw) : {};
          } catch {
            return send(400, envelope('VALIDATION', 'Requisição inválida.'));
          }
          const result = await opts.registry.invoke(channel, input, {
            sessionKey,
            source: `web ${req.socket.remoteAddress ?? ''}`,
            device: cookieSlot(req.headers.cookie, cookies.remember, setCookies),
          });
          return send(200, JSON.stringify(result));
        }
        return send(404, '{"error":"not found"}');
      }

      if (req.method !== 'GET') return send(405, 'Method not allowed', 'text/plain');
      const rel = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
      const file = path.resolve(opts.staticDir, rel);
      if (!file.startsWith(path.resolve(opts.staticDir) + path.sep) && file !== indexPath) {
        return send(404, 'Not found', 'text/plain');
      }
      if (file === indexPath || !fs.existsSync(file)) {
        if (!fs.existsSync(indexPath))
          return send(500, 'Renderer não compilado: rode npm run web.', 'text/plain');
        const html = fs
          .readFileSync(indexPath, 'utf8')
          .replace('<head>', `<head><meta name="central-token" content="${token}">`);
        return send(200, html, MIME['.html']);
      }
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
        ...(setCookies.length ? { 'Set-Cookie': setCookies } : {}),
      });
      fs.createReadStream(file).pipe(res);
    })().catch(() => {
      if (!res.headersSent) send(500, envelope('INTERNAL', 'Erro interno do serviço local.'));
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      allowedOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
      cookies = { session: `central_sid_${port}`, remember: `central_keep_${port}` };
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        token,
        cookies,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}

/** "Manter conectado" of this browser: a long-lived HttpOnly cookie holding the sealed token. */
function cookieSlot(header: string | undefined, name: string, setCookies: string[]): DeviceSlot {
  let value = readCookie(header, name);
  return {
    read: () => value,
    write: (sealed, maxAgeSeconds) => {
      value = sealed;
      setCookies.push(cookieHeader(name, sealed, maxAgeSeconds));
    },
    clear: () => {
      if (value === null) return;
      value = null;
      setCookies.push(cookieHeader(name, '', 0));
    },
  };
}
