/**
 * The loopback web shell: the same handler registry as the Electron app, served on
 * 127.0.0.1 for machines without the Electron runtime and for the browser tests.
 */
import path from 'node:path';
import { AppFailure } from '../../../shared/ipc/result';
import { createCore } from '../core';
import type { Core } from '../core-types';
import { failedRegistry } from '../ipc/failed-registry';
import { handlers } from '../ipc/handlers';
import { createRegistry, type Registry } from '../ipc/registry';
import { startWebShell } from '../ipc/web-transport';
import { log } from '../log';
import { startBackground } from '../background';
import { startDemoServices } from '../demo/demo-services';

async function main(): Promise<void> {
  const dataDir = path.resolve(process.env.CENTRAL_DATA_DIR ?? path.join(process.cwd(), '.data'));
  const port = Number(process.env.PORT ?? 5178);
  let core: Core | null = null;
  let registry: Registry;
  let stopServices = async () => {};
  try {
    core = await createCore({
      dataDir,
      demo: process.env.CENTRAL_DEMO !== '0',
      transport: 'web',
      demoClientCount: process.env.CENTRAL_DEMO_CLIENTS
        ? Number(process.env.CENTRAL_DEMO_CLIENTS)
        : undefined,
    });
    registry = createRegistry(core, handlers);
    const stopDemo = await startDemoServices(core);
    const stopBackground = startBackground(core);
    stopServices = async () => {
      await stopBackground();
      await stopDemo();
    };
  } catch (e) {
    if (!(e instanceof AppFailure)) throw e;
    log.error(e.message);
    registry = failedRegistry(e);
  }
  const shell = await startWebShell({
    registry,
    events: core?.events ?? null,
    userIdFor: (key) => core?.sessions.userIdFor(key) ?? null,
    staticDir: path.resolve(process.env.CENTRAL_WEB_DIR ?? path.join(process.cwd(), 'out', 'web')),
    port,
  });
  log.info(`pasta de dados: ${dataDir}`);
  // Tests and scripts wait for exactly this line.
  console.log(`listening on ${shell.url}`);
  const stop = () => {
    void shell
      .close()
      .then(stopServices)
      .finally(() => {
        core?.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
