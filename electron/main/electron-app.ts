/**
 * The Electron lifecycle both entries share: single instance, core, transport, window, quit.
 * The production entry (index.ts) passes nothing; the dev-only demo entry (tools/demo) passes a
 * core that seeds and the simulators to start.
 */
import { app, BrowserWindow, dialog, powerMonitor, session, shell } from 'electron';
import { AppFailure } from '../../shared/ipc/result';
import { createCore } from './core';
import type { Core, CoreOptions } from './core-types';
import { handlers } from './ipc/handlers';
import { registerElectronTransport } from './ipc/electron-transport';
import { createRegistry } from './ipc/registry';
import { createMainWindow } from './window';
import { checkForUpdates } from './updater';
import { startBackground } from './background';
import { createSafeStorageStore } from './services/secrets/safe-storage-store';
import { electronSaveDialog } from './services/integration/electron-save-dialog';
import { dataDirIn, localDataRoot, logsDirIn } from './data-location';
import { relocateDataOnce } from './db/relocate';
import { configureLogFiles, log } from './log';
import { createChromiumHttpPort } from './gateways/http/chromium-port';
import { registerAppProtocol, registerAppScheme } from './app-protocol';
import { fileDeviceSlot } from './services/auth/file-device-slot';
import { routeScreenPops } from './screen-pop-router';

export interface ElectronAppHooks {
  createCore?: (options: CoreOptions) => Promise<Core>;
  /** Extra services to run beside the core (the demo simulators); returns their stop. */
  startServices?: (core: Core) => Promise<() => Promise<void>>;
}

// The dev server is trusted only in an unpackaged build (electron-vite dev).
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

/** CENTRAL_DATA_DIR, or the local (non-roaming) folder, moving an older install's cache there once. */
async function resolveDataDir(): Promise<string> {
  if (process.env.CENTRAL_DATA_DIR) return process.env.CENTRAL_DATA_DIR;
  const userData = app.getPath('userData');
  const dataDir = dataDirIn(localDataRoot(process.env, userData, app.getName()));
  try {
    const r = await relocateDataOnce(userData, dataDir);
    if (r.moved) log.info(`banco movido de ${r.from} para ${r.to}`);
    return dataDir;
  } catch (e) {
    // The original is intact: work on it today, try the move again on the next start.
    log.error('não foi possível mover o banco para a pasta local; usando a pasta antiga', e);
    return userData;
  }
}

export function runElectronApp(hooks: ElectronAppHooks = {}): void {
  // Privileged schemes must be registered before the app is ready.
  registerAppScheme();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // A second start (a screen pop link, --cliente, --numero) brings this console forward with its link.
  const screenPops = routeScreenPops(app, process.argv, () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  app.whenReady().then(async () => {
    registerAppProtocol();
    try {
      // A GUI app's console goes nowhere on Windows: from here on every line also goes to a file.
      configureLogFiles(
        process.env.CENTRAL_LOG_DIR ??
          logsDirIn(localDataRoot(process.env, app.getPath('userData'), app.getName())),
      );
      const core = await (hooks.createCore ?? createCore)({
        dataDir: await resolveDataDir(),
        transport: 'electron',
        secretStore: () => createSafeStorageStore(),
        httpPort: createChromiumHttpPort(session),
        openFolder: async (dir) => {
          const failure = await shell.openPath(dir);
          if (failure) log.warn(`não foi possível abrir ${dir}: ${failure}`);
        },
        exportDestination: electronSaveDialog(),
        powerEvents: {
          onResume: (listener) => {
            powerMonitor.on('resume', listener);
            return () => void powerMonitor.removeListener('resume', listener);
          },
        },
      });
      registerElectronTransport(createRegistry(core, handlers), core.events, {
        windows: () => BrowserWindow.getAllWindows().map((w) => w.webContents),
        devServerUrl,
        // In-memory profiles (no storage path) keep no "manter conectado".
        deviceFor: (wc) =>
          wc.session.storagePath ? fileDeviceSlot(core.dataDir, wc.session.storagePath) : undefined,
        userIdFor: (key) => core.sessions.userIdFor(key),
      });
      screenPops.attach(core);
      const stopServices = hooks.startServices ? await hooks.startServices(core) : async () => {};
      const stopBackground = startBackground(core);
      createMainWindow(devServerUrl);
      checkForUpdates(app.isPackaged, core.policy.values);
      // Quit waits for the jobs to stop between steps (their state stays resumable) and for the
      // database to close; Electron does not await async 'before-quit' listeners by itself.
      let stopping = false;
      app.on('before-quit', (event) => {
        if (stopping) return;
        stopping = true;
        event.preventDefault();
        void stopBackground()
          .then(stopServices)
          .finally(() => {
            core.close();
            app.exit(0);
          });
      });
    } catch (e) {
      const message = e instanceof AppFailure ? e.message : `Falha ao iniciar: ${(e as Error).message}`;
      log.error('falha ao iniciar', e);
      dialog.showErrorBox('Central de Atendimento', message);
      app.exit(1);
    }
  });

  app.on('window-all-closed', () => app.quit());
}
