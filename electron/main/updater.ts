import { autoUpdater } from 'electron-updater';
import { log } from './log';

/**
 * Checks the generic update URL baked in by electron-builder (publish.url) and installs on
 * quit. Only in the packaged app: in development there is no app-update.yml to read.
 */
export function checkForUpdates(isPackaged: boolean): void {
  if (!isPackaged) return;
  // electron-updater writes to its logger: the same (redacted, file-backed) log as the app.
  autoUpdater.logger = log;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater
    .checkForUpdatesAndNotify()
    .catch((e: unknown) => log.warn('verificação de atualização falhou', e));
}
