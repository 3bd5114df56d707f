/**
 * Electron entry: lifecycle and wiring only. All behaviour lives in the handler registry,
 * which the web shell serves too.
 */
import { app, BrowserWindow, dialog } from 'electron';
import { AppFailure } from '../../shared/ipc/result';
import { createCore } from './core';
import { handlers } from './ipc/handlers';
import { registerElectronTransport } from './ipc/electron-transport';
import { createRegistry } from './ipc/registry';
import { createMainWindow } from './window';
import { checkForUpdates } from './updater';
import { startBackground } from './background';
import { startDemoServices } from './demo/demo-services';
import { createSafeStorageStore } from './services/secrets/safe-storage-store';
import { setExportDestination } from './services/integration/history/export-destination';
import { electronSaveDialog } from './services/integration/electron-save-dialog';
import { registerAppProtocol, registerAppScheme } from './app-protocol';
import { fileDeviceSlot } from './services/auth/file-device-slot';

// The dev server is trusted only in an unpackaged build (electron-vite dev).
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  app.whenReady().then(async () => {
    registerAppProtocol();
    try {
      const core = await createCore({
        dataDir: process.env.CENTRAL_DATA_DIR ?? app.getPath('userData'),
        demo: process.env.CENTRAL_DEMO !== '0',
        transport: 'electron',
        secretStore: () => createSafeStorageStore(),
      });
      setExportDestination(core, electronSaveDialog());
      registerElectronTransport(createRegistry(core, handlers), core.events, {
        windows: () => BrowserWindow.getAllWindows().map((w) => w.webContents),
        devServerUrl,
        // In-memory profiles (no storage path) keep no "manter conectado".
        deviceFor: (wc) =>
          wc.session.storagePath ? fileDeviceSlot(core.dataDir, wc.session.storagePath) : undefined,
        userIdFor: (key) => core.sessions.userIdFor(key),
      });
      const stopDemo = await startDemoServices(core);
      const stopBackground = startBackground(core);
      createMainWindow(devServerUrl);
      checkForUpdates(app.isPackaged);
      // Quit waits for the jobs to stop between steps (their state stays resumable) and for the
      // database to close; Electron does not await async 'before-quit' listeners by itself.
      let stopping = false;
      app.on('before-quit', (event) => {
        if (stopping) return;
        stopping = true;
        event.preventDefault();
        void stopBackground()
          .then(stopDemo)
          .finally(() => {
            core.close();
            app.exit(0);
          });
      });
    } catch (e) {
      const message = e instanceof AppFailure ? e.message : `Falha ao iniciar: ${(e as Error).message}`;
      dialog.showErrorBox('Central de Atendimento', message);
      app.exit(1);
    }
  });

  app.on('window-all-closed', () => app.quit());
}
