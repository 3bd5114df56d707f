import { testFloorPolicy } from './floor-policy';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDemoCore } from '../../../tools/demo/demo-core';
import type { Core, CoreOptions } from '../../../electron/main/core-types';
import { handlers } from '../../../electron/main/ipc/handlers';
import { createRegistry, type Registry } from '../../../electron/main/ipc/registry';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';

export interface TestCore {
  core: Core;
  registry: Registry;
  dataDir: string;
  /** Calls a channel through the registry as the given session (same path as both transports). */
  call<C extends ChannelName>(
    sessionKey: string,
    channel: C,
    input: ChannelInput<C>,
  ): Promise<Result<ChannelOutput<C>>>;
  /** Logs a demo user in and returns the session key to call with. */
  loginAs(login: 'admin' | 'ana' | string, password?: string): Promise<string>;
  close(): void;
}

const DEMO_PASSWORDS: Record<string, string> = { admin: 'admin-demo-2026', ana: 'atendente-demo' };

/** Collaborators and tuning a test passes to createCore (fakes, simulators, short delays). */
export type TestCoreOptions = Pick<
  CoreOptions,
  | 'erpGateway'
  | 'bureauClient'
  | 'tuning'
  | 'exportDestination'
  | 'powerEvents'
  | 'httpPort'
  | 'floor'
  | 'policy'
  | 'floorTuning'
>;

/** A real core on a temporary data folder: demo data by default (2,000 clients unless told otherwise). */
export async function createTestCore(
  opts: {
    demo?: boolean;
    clients?: number;
    now?: () => Date;
    options?: TestCoreOptions;
    /** An existing data folder (a seat started again); kept on close. */
    dataDir?: string;
  } = {},
): Promise<TestCore> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'central-main-'));
  const core = await createDemoCore({
    dataDir,
    demo: opts.demo ?? true,
    transport: 'web',
    demoClientCount: opts.clients ?? 300,
    now: opts.now,
    // A floor seat gets IT's floor key from its machine policy, as every seat of a real floor.
    ...(opts.options?.floor ? { policy: testFloorPolicy() } : {}),
    ...opts.options,
  });
  const registry = createRegistry(core, handlers);
  let n = 0;
  const call = <C extends ChannelName>(sessionKey: string, channel: C, input: ChannelInput<C>) =>
    registry.invoke(channel, input, { sessionKey }) as Promise<Result<ChannelOutput<C>>>;
  return {
    core,
    registry,
    dataDir,
    call,
    async loginAs(login, password) {
      const key = `test-${++n}`;
      const r = await call(key, 'auth.login', { login, password: password ?? DEMO_PASSWORDS[login] ?? '' });
      if (!r.ok) throw new Error(`login ${login} failed: ${r.error.message}`);
      return key;
    },
    close: () => {
      core.close();
      if (!opts.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
