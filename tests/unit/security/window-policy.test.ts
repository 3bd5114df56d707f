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
    expect(isAppUrl('app://central/index.html')).toBe(true);
    expect(isAppUrl('app://central/assets/index-abc123.js?v=1#top')).toBe(true);
    expect(isAppUrl('file:///C:/app/out/renderer/index.html')).toBe(false);
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

  it('treats no hostile URL as the app, with or without the dev server', () => {
    const hostile = [
      'file:///C:/Users/x/Downloads/a.html',
      'file:///C:/Program%20Files/Central/resources/app.asar/out/renderer/index.html',
      'file://server/share/a.html',
      'app://central.evil/',
      'app://central.evil/index.html',
      'app://evil.central/',
      'app://central@evil/',
      'app://central:x@evil/',
      'app://user@central/',
      'app://central:8080/',
      'app://central/../',
      'app://central/../../Windows/win.ini',
      'app://central/assets/..%2f..%2fsecret',
      'app://central/%2e%2e/secret',
      'app://central/%2E%2E/secret',
      'app://central/assets%5c..%5csecret',
      'app://central\\evil/',
      'app://%63entral/',
      'APP://CENTRAL/',
      'app://Central/',
      ' app://central/',
      'app://central/\u0000',
      'app:central/',
      'app:/central/',
      'app://centralevil/',
      'apps://central/',
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'blob:app://central/1f9c-uuid',
      'blob:null/1f9c',
      'http://127.0.0.1:5173/',
      'http://localhost:5173/',
      'https://central/',
      'about:blank',
      'chrome://settings',
      'devtools://devtools/bundled/inspector.html',
      '',
      'not a url',
    ];
    for (const url of hostile) expect(isAppUrl(url), url).toBe(false);
    const dev = 'http://localhost:5173';
    for (const url of [
      'http://localhost:5173@evil.example/',
      'http://localhost:5174/',
      'http://127.0.0.1:5173/',
      'https://localhost:5173/',
      'http://evil.localhost:5173/',
      'http://localhost:5173/../../etc/passwd',
      'file:///C:/Users/x/Downloads/a.html',
      'app://central.evil/',
    ]) {
      expect(isAppUrl(url, dev), url).toBe(false);
    }
    // A dev server URL that is not loopback is never trusted.
    expect(isAppUrl('http://evil.example:5173/', 'http://evil.example:5173')).toBe(false);
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
    expect(windowTs).not.toMatch(/loadFile\(/);
    expect(windowTs).toMatch(/will-redirect[\s\S]*isAppUrl/);
    // Both entries (production index.ts and the demo in tools/demo) run this lifecycle.
    const appTs = fs.readFileSync('electron/main/electron-app.ts', 'utf8');
    expect(appTs).toMatch(/requestSingleInstanceLock\(\)/);
    expect(appTs).toMatch(/app\.isPackaged \? undefined : process\.env\.ELECTRON_RENDERER_URL/);
    expect(appTs).toMatch(/registerAppScheme\(\);[\s\S]*whenReady[\s\S]*registerAppProtocol\(\)/);
    const transport = fs.readFileSync('electron/main/ipc/electron-transport.ts', 'utf8');
    expect(transport).toMatch(/frame\.parent !== null \|\| !isAppUrl/);
  });
});
