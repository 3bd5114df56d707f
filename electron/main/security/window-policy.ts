/**
 * The security policy of the Electron shell, as plain data and pure functions so a unit
 * test can read it without the Electron runtime and fail if any of it regresses.
 */
export interface HardenedWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  spellcheck: boolean;
}

export interface MainWindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  title: string;
  show: boolean;
  backgroundColor: string;
  autoHideMenuBar: boolean;
  webPreferences: HardenedWebPreferences;
}

export function mainWindowOptions(preloadPath: string): MainWindowOptions {
  return {
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: 'Central de Atendimento',
    show: false,
    backgroundColor: '#f4f6f8',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  };
}

/** The origin the packaged renderer is served from (see app-protocol.ts); never file:. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'central';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Text the app never produces in its own URLs: dot segments, encoded dots or slashes,
 * backslashes, whitespace or control characters. Refused before parsing, so no parser quirk
 * can turn one of them into the app's origin.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses
const SUSPICIOUS = /[\\\s\u0000-\u001f\u007f]|%2e|%2f|%5c|%00|\/\.\.?(?:[/?#]|$)/i;

/**
 * The app's own pages: `app://central/…`, or the dev server during `electron-vite dev` (the
 * caller passes devServerUrl only when the app is not packaged). Any file: page, a look-alike
 * host (app://central.evil, app://central@evil), javascript:, data: and blob: are not the app.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  if (typeof url !== 'string' || SUSPICIOUS.test(url)) return false;
  try {
    const u = new URL(url);
    if (url.startsWith(`${APP_ORIGIN}/`)) {
      return (
        u.protocol === `${APP_SCHEME}:` &&
        u.host === APP_HOST &&
        u.username === '' &&
        u.password === '' &&
        u.port === ''
      );
    }
    if (devServerUrl === undefined) return false;
    const dev = new URL(devServerUrl);
    return (
      (dev.protocol === 'http:' || dev.protocol === 'https:') &&
      LOOPBACK_HOSTS.has(dev.hostname) &&
      url.startsWith(`${dev.origin}/`) &&
      u.origin === dev.origin &&
      u.username === '' &&
      u.password === ''
    );
  } catch {
    return false;
  }
}

/**
 * The only URLs allowed out to the system: Google Maps searches (Endereços → Mapa) and
 * mailto: (Contatos → Enviar e-mail). Anything else a page tries to open is dropped.
 */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'mailto:') return !/[\r\n]/.test(decodeURIComponent(url));
    return (
      u.protocol === 'https:' &&
      u.hostname === 'www.google.com' &&
      u.pathname.startsWith('/maps/search/') &&
      u.username === '' &&
      u.password === '' &&
      u.port === ''
    );
  } catch {
    return false;
  }
}

/** Permission requests (camera, geolocation, notifications…) are denied unless listed here. */
export const ALLOWED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write'];
