/**
 * Production Electron entry: an empty database stays empty until the first-run setup and the
 * first ERP sync. The demo (`npm start`) uses tools/demo/electron-main.ts instead.
 */
import { runElectronApp } from './electron-app';

runElectronApp();
