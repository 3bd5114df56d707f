/**
 * The loopback web shell: the same handler registry as the Electron app, served on
 * 127.0.0.1 for machines without the Electron runtime and for the browser tests. The
 * production entry (main.ts) passes nothing; the demo entry (tools/demo/web-main.ts) seeds and
 * starts the simulators.
 */
import path from 'node:path';
import { AppFailure } from '../../../shared/ipc/result';
import { createCore } from '../core';
import type { Core, CoreOptions } from '../core-types';
import { failedRegistry } from '../ipc/failed-registry';
import { handlers } from '../ipc/handlers';
import { createRegistry, type Registry } from '../ipc/registry';
import { startWebShell } from '../ipc/web-transport';
import { configureLogFiles, log } from '../log';
import { startBackground } from '../background';

export interface WebAppHooks {
  createCore?: (options: CoreOptions) => Promise<Core>;
  startServices?: (core: Core) => Promise<() => Promise<void>>;
}

export async function runWebApp(hooks: WebAppHooks = {}): Promise<void> {
  const dataDir = path.resolve(process.env.CENTRAL_DATA_DIR ?? path.join(process.cwd(), '.data'));
  const port = Number(process.env.PORT ?? 5178);
  configureLogFiles(process.env.CENTRAL_LOG_DIR ?? path.join(dataDir, 'logs'));
  let core: Core | null = null;
  let registry: Registry;
  let stopServices = async () => {};
  try {
    core = await (hooks.createCore ?? createCore)({ dataDir, transport: 'web' });
    registry = createRegistry(core, handlers);
    const stopExtra = hooks.startServices ? await hooks.startServices(core) : async () => {};
    const stopBackground = startBackground(core);
    stopServices = async () => {
      await stopBackground();
      await stopExtra();
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

/** Entry helper: an unexpected start failure ends the process with its stack. */
export function runWebMain(hooks: WebAppHooks = {}): void {
  runWebApp(hooks).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
