/**
 * Dev-only Electron entry (`npm start`, built with `electron-vite build --mode demo`): the
 * production app plus demo seeding and the ERP and bureau simulators. CENTRAL_DEMO=0 makes it
 * behave like the installed console.
 */
import { runElectronApp } from '../../electron/main/electron-app';
import { createDemoCore, demoOptionsFromEnv } from './demo-core';
import { startDemoServices } from './demo-services';

runElectronApp({
  createCore: (options) => createDemoCore({ ...options, ...demoOptionsFromEnv() }),
  startServices: startDemoServices,
});
