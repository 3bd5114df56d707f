import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppFile, serveAppRequest } from '../../../electron/main/security/app-files';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/csp';
import { installDropGuard } from '../../../renderer/lib/drop-guard';

// protocol.handle itself needs the Electron runtime; what it answers is this plain function.
let root: string;
let renderer: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'central-app-'));
  renderer = path.join(root, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<html><head></head></html>');
  fs.writeFileSync(path.join(renderer, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(renderer, 'assets', 'pdf.worker.min-x.mjs'), 'self.x=1');
  fs.writeFileSync(path.join(renderer, 'assets', 'notes.exe'), 'MZ');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'segredo');
  fs.writeFileSync(path.join(root, 'central.sqlite'), 'SQLite format 3');
  try {
    fs.symlinkSync(path.join(root, 'secret.txt'), path.join(renderer, 'assets', 'link.js'));
  } catch {
    // Windows without the symlink privilege: the escape it tests cannot be set up there.
  }
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('app://central/ protocol handler', () => {
  it('serves the renderer files with their type and the CSP header', async () => {
    const index = await serveAppRequest('app://central/', renderer);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await index.text()).toContain('<html>');
    const js = await serveAppRequest('app://central/assets/index-abc.js', renderer);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    expect(resolveAppFile('app://central/assets/pdf.worker.min-x.mjs', renderer)).toMatchObject({
      ok: true,
      mime: 'text/javascript; charset=utf-8',
    });
  });

  it('serves nothing outside the renderer folder, nor from another origin', async () => {
    for (const url of [
      'app://central/../secret.txt',
      'app://central/assets/../../secret.txt',
      'app://central/%2e%2e/secret.txt',
      'app://central/assets/..%2f..%2fsecret.txt',
      'app://central/..%5csecret.txt',
      'app://central/%2E%2E/central.sqlite',
      'app://central.evil/index.html',
      'app://central@evil/index.html',
      'file:///etc/passwd',
      `file://${path.join(root, 'secret.txt')}`,
      'app://central/assets/link.js',
    ]) {
      const r = await serveAppRequest(url, renderer);
      expect(r.status, url).toBeGreaterThanOrEqual(400);
      expect(await r.text(), url).not.toContain('segredo');
    }
    expect(resolveAppFile('app://central/assets/%E0%A4%A', renderer)).toEqual({ ok: false, status: 400 });
    expect(resolveAppFile('app://central/assets/', renderer)).toEqual({ ok: false, status: 404 });
    expect(resolveAppFile('app://central/nada.js', renderer)).toEqual({ ok: false, status: 404 });
    // A type the renderer never ships is not served even from inside the folder.
    expect(resolveAppFile('app://central/assets/notes.exe', renderer)).toEqual({ ok: false, status: 404 });
  });
});

describe('window drop guard', () => {
  const drag = (type: string) => {
    const e = new Event(type, { cancelable: true }) as Event & { dataTransfer: { dropEffect: string } };
    e.dataTransfer = { dropEffect: 'copy' };
    return e;
  };

  it('cancels a drop outside the drop zone (the window would open the file) and leaves the zone alone', () => {
    const outside = new EventTarget();
    installDropGuard(outside, () => false);
    const over = drag('dragover');
    outside.dispatchEvent(over);
    expect(over.dataTransfer.dropEffect).toBe('none');
    const drop = drag('drop');
    outside.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);

    const zone = new EventTarget();
    installDropGuard(zone, () => true);
    const overZone = drag('dragover');
    zone.dispatchEvent(overZone);
    expect(overZone.dataTransfer.dropEffect).toBe('copy');
    const dropZone = drag('drop');
    zone.dispatchEvent(dropZone);
    expect(dropZone.defaultPrevented).toBe(false);
  });
});
