import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_PERMISSIONS,
  isAllowedExternalUrl,
  isAppUrl,
  mainWindowOptions,
} from '../../../electron/main/security/window-policy';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/csp';

describe('Electron window hardening', () => {
  const { webPreferences } = mainWindowOptions('/app/preload.js');

  it('isolates the renderer: context isolation, sandbox, no Node, no webview', () => {
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('has a strict CSP without unsafe-eval or inline scripts, applied by the page itself', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/object-src 'none'/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/frame-ancestors 'none'/);
    expect(fs.readFileSync('vite.web.config.ts', 'utf8')).toMatch(/CONTENT_SECURITY_POLICY/);
  });

  it('keeps navigation on the app and lets only Maps searches and mailto out', () => {
    expect(isAppUrl('file:///C:/app/out/renderer/index.html')).toBe(true);
    expect(isAppUrl('https://evil.example/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAllowedExternalUrl('https://www.google.com/maps/search/?api=1&query=Rua%20A%2C%2010')).toBe(
      true,
    );
    expect(isAllowedExternalUrl('mailto:a@b.com.br,c@d.com.br')).toBe(true);
    for (const url of [
      'https://evil.example/maps/search/',
      'http://www.google.com/maps/search/?q=x',
      'https://www.google.com/url?q=https://evil.example',
      'https://user:pw@www.google.com/maps/search/',
      'file:///C:/Windows/system32/calc.exe',
      'javascript:alert(1)',
      'mailto:a@b.com%0D%0ABcc:x@y.com',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('denies permission requests by default', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen']) {
      expect(ALLOWED_PERMISSIONS).not.toContain(p);
    }
  });

  it('wires the policy into the window, the session, and a single-instance app', () => {
    const windowTs = fs.readFileSync('electron/main/window.ts', 'utf8');
    expect(windowTs).toMatch(/setPermissionRequestHandler/);
    expect(windowTs).toMatch(/setWindowOpenHandler[\s\S]*action: 'deny'/);
    expect(windowTs).toMatch(/will-navigate[\s\S]*isAppUrl/);
    expect(windowTs).toMatch(/mainWindowOptions\(/);
    // Both entries (production index.ts and the demo in tools/demo) run this lifecycle.
    const appTs = fs.readFileSync('electron/main/electron-app.ts', 'utf8');
    expect(appTs).toMatch(/requestSingleInstanceLock\(\)/);
    const transport = fs.readFileSync('electron/main/ipc/electron-transport.ts', 'utf8');
    expect(transport).toMatch(/frame\.parent !== null \|\| !isAppUrl/);
  });
});
