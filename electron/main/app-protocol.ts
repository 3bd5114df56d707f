import path from 'node:path';
import { protocol } from 'electron';
import { serveAppRequest } from './security/app-files';
import { APP_ORIGIN, APP_SCHEME } from './security/window-policy';

/**
 * The renderer is served from `app://central/`, not file://: a file: page (an HTML attachment
 * dropped on the window, a download) is then never the app's origin, so it gets no IPC.
 * Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the built renderer folder on the default session; call once the app is ready. */
export function registerAppProtocol(rendererDir = path.join(__dirname, '../renderer')): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, rendererDir));
}

export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
