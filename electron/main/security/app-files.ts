import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp';
import { isAppUrl } from './window-policy';

/** Types the built renderer contains; anything else is not ours to serve. */
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
};

export type AppFile = { ok: true; file: string; mime: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps an `app://central/…` URL to a file inside the built renderer folder, and nothing else:
 * no other origin, no escape from the folder (dot segments, encoded separators, symlinks), no
 * directory, no type the renderer does not use.
 */
export function resolveAppFile(url: string, rendererDir: string): AppFile {
  if (!isAppUrl(url)) return { ok: false, status: 403 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { ok: false, status: 400 };
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, pathname === '/' ? 'index.html' : `.${pathname}`);
  if (!file.startsWith(root + path.sep)) return { ok: false, status: 403 };
  const mime = MIME[path.extname(file).toLowerCase()];
  let real: string;
  try {
    real = fs.realpathSync(file);
    if (!fs.statSync(real).isFile()) return { ok: false, status: 404 };
  } catch {
    return { ok: false, status: 404 };
  }
  if (!real.startsWith(fs.realpathSync(root) + path.sep)) return { ok: false, status: 403 };
  if (!mime) return { ok: false, status: 404 };
  return { ok: true, file: real, mime };
}

const HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** The `protocol.handle` answer for one request; plain Node (fetch Response), testable without Electron. */
export async function serveAppRequest(url: string, rendererDir: string): Promise<Response> {
  const r = resolveAppFile(url, rendererDir);
  if (!r.ok) {
    return new Response(null, { status: r.status, headers: { ...HEADERS, 'Content-Type': 'text/plain' } });
  }
  const body = await fs.promises.readFile(r.file);
  return new Response(new Uint8Array(body), { status: 200, headers: { ...HEADERS, 'Content-Type': r.mime } });
}
