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

/** The app's own pages: the packaged file:// renderer, or the dev server during `electron-vite dev`. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'file:') return true;
    return devServerUrl !== undefined && u.origin === new URL(devServerUrl).origin;
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
