/** A console synced with the real ERP simulator, and analysts with their group caps. */
import { createErpGateway } from '../../electron/main/gateways/erp/erp-client';
import { runErpSync } from '../../electron/main/services/erp/erp-sync.service';
import { announceOrderChanges } from '../../electron/main/services/credit-release/credit-release-events';
import type { ErpSimulatorHandle } from '../../tools/simulators/erp/server';
import { createTestCore, type TestCore } from './support/test-core';

export const ORDER_TABLES = ['empresa', 'contato', 'vendedor', 'fatura', 'pedido', 'itens-pedido'] as const;

export const erpFor = (sim: ErpSimulatorHandle) =>
  createErpGateway({
    baseUrl: sim.url,
    token: sim.token,
    retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
  });

export async function syncOrders(t: TestCore, sim: ErpSimulatorHandle): Promise<void> {
  const summary = await runErpSync(t.core, erpFor(sim), { runId: null, tables: [...ORDER_TABLES] });
  announceOrderChanges(t.core, summary);
}

export async function consoleWithOrders(
  sim: ErpSimulatorHandle,
  clients: number,
): Promise<{ t: TestCore; admin: string }> {
  const t = await createTestCore({
    clients,
    options: {
      tuning: { erpClient: { retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }, timeoutMs: 5_000 } },
    },
  });
  const admin = await t.loginAs('admin');
  const saved = await t.call(admin, 'erp.settings.save', {
    baseUrl: sim.url,
    token: sim.token,
    syncTime: '00:00',
  });
  if (!saved.ok) throw new Error(saved.error.message);
  await syncOrders(t, sim);
  return { t, admin };
}

/** A group holding the release permission with these caps, and a user in it; returns the session. */
export async function analyst(
  t: TestCore,
  admin: string,
  login: string,
  caps: { maxOrderReleaseCents: number | null; mayReleaseOverdue: boolean },
): Promise<string> {
  const group = await t.call(admin, 'groups.save', {
    name: `Crédito ${login}`,
    permissions: ['creditRelease.release', 'clients.bureauQuery'],
    maxCreditIncreaseCents: null,
    ...caps,
  });
  if (!group.ok) throw new Error(group.error.message);
  const user = await t.call(admin, 'users.save', {
    login,
    name: `Analista ${login}`,
    password: 'analista-2026',
    active: true,
    groupIds: [group.value.id],
  });
  if (!user.ok) throw new Error(user.error.message);
  return t.loginAs(login, 'analista-2026');
}

export function ok<T>(
  r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } },
): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}
