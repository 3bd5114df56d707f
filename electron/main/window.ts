import path from 'node:path';
import { BrowserWindow, session, shell } from 'electron';
import {
  ALLOWED_PERMISSIONS,
  isAllowedExternalUrl,
  isAppUrl,
  mainWindowOptions,
} from './security/window-policy';
import { APP_ENTRY_URL } from './app-protocol';

/** Applies the hardening policy of window-policy.ts to the default session and a new window. */
export function createMainWindow(devServerUrl?: string): BrowserWindow {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(ALLOWED_PERMISSIONS.includes(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_wc, permission) =>
    ALLOWED_PERMISSIONS.includes(permission),
  );

  const win = new BrowserWindow(mainWindowOptions(path.join(__dirname, '../preload/index.js')));
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  // Also what stops a file dropped outside the Arquivos drop zone from replacing the app.
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  win.webContents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());

  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadURL(APP_ENTRY_URL);
  return win;
}
