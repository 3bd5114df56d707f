/**
 * Dev-only web shell entry (`npm run web`, the browser tests): the production shell plus demo
 * seeding and the simulators. CENTRAL_DEMO=0 makes it behave like the production shell.
 */
import { runWebMain } from '../../electron/main/web/web-app';
import { createDemoCore, demoOptionsFromEnv } from './demo-core';
import { startDemoServices } from './demo-services';

runWebMain({
  createCore: (options) => createDemoCore({ ...options, ...demoOptionsFromEnv() }),
  startServices: startDemoServices,
});
