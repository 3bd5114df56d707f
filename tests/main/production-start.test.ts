import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/main/core';
import type { Core } from '../../electron/main/core-types';
import { hasAnyClient } from '../../electron/main/db/repos/clients.repo';
import { handlers } from '../../electron/main/ipc/handlers';
import { createRegistry, type Registry } from '../../electron/main/ipc/registry';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { startErpSimulator, type ErpSimulatorHandle } from '../../tools/simulators/erp/server';

let sim: ErpSimulatorHandle;
let dataDir: string;
let core: Core;
let registry: Registry;
const call = <C extends ChannelName>(channel: C, input: ChannelInput<C>, sessionKey = 'prod') =>
  registry.invoke(channel, input, { sessionKey }) as Promise<Result<ChannelOutput<C>>>;
const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitIdle(): Promise<void> {
  while (value(await call('erp.sync.status', {})).runningRunId !== null) await sleep(25);
}

beforeAll(async () => {
  sim = await startErpSimulator({ clients: 200, titles: 1000 });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-prod-'));
  // The production core exactly as both entries build it: no demo hook.
  // Only the delays are shorter (tuning through the options, as any caller of createCore would).
  core = await createCore({
    dataDir,
    transport: 'web',
    tuning: { erpClient: { retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }, timeoutMs: 5_000 } },
  });
  registry = createRegistry(core, handlers);
});
afterAll(async () => {
  core.close();
  await sim.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('production start on an empty data folder', () => {
  it('seeds nothing, shows no demo credentials and asks for the setup', async () => {
    expect(hasAnyClient(core.db)).toBe(false);
    const status = value(await call('auth.status', {}));
    expect(status.needsSetup).toBe(true);
    expect(status.demoCredentials).toEqual([]);
    expect(status.setup).toEqual({ erpConfigured: false, firstSyncDone: false });
    expect(value(await call('app.info', {})).demo).toBe(false);
  });

  it('admin, ERP, then a first sync that can be cancelled and resumed; "Enviar agora" waits for it', async () => {
    value(await call('auth.setup', { name: 'Administradora', login: 'adm', password: 'senha-forte-1' }));
    value(await call('erp.settings.save', { baseUrl: sim.url, token: sim.token, syncTime: '01:00' }));
    expect(value(await call('auth.status', {})).setup).toEqual({ erpConfigured: true, firstSyncDone: false });

    const early = await call('receivables.runNow', {});
    expect(early.ok).toBe(false);
    if (!early.ok) {
      expect(early.error.code).toBe('ERP_FIRST_SYNC_PENDING');
      expect(early.error.message).toMatch(/primeira sincronização/);
    }

    // Slow pages so "Cancelar" lands mid-sync.
    sim.setFault('tabelas', { kind: 'slow', ms: 150 });
    value(await call('erp.sync.runNow', {}));
    await sleep(400);
    expect(value(await call('erp.sync.cancel', {})).cancelled).toBe(true);
    const afterCancel = value(await call('erp.sync.status', {}));
    expect(afterCancel.runningRunId).toBeNull();
    expect(afterCancel.runs[0]?.status).toBe('interrupted');
    expect(afterCancel.runs[0]?.outcome).toMatch(/pelo usuário/);
    expect(afterCancel.tables.some((t) => t.lastCompletedAt === null)).toBe(true);
    expect(value(await call('auth.status', {})).setup.firstSyncDone).toBe(false);

    sim.setFault('tabelas', null);
    value(await call('erp.sync.runNow', {}));
    await waitIdle();
    const resumed = value(await call('erp.sync.status', {}));
    expect(resumed.runs[0]?.status).toBe('success');
    expect(value(await call('auth.status', {})).setup).toEqual({ erpConfigured: true, firstSyncDone: true });
    expect(hasAnyClient(core.db)).toBe(true);
  });
});
