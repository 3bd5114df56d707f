import type { Core } from '../../electron/main/core-types';
import { lastClientId } from '../../electron/main/db/repos/clients.repo';
import { log } from '../../electron/main/log';
import { readErpConfig, writeErpConfig } from '../../electron/main/services/erp/erp-config';

/**
 * Demo only: runs the ERP simulator on 127.0.0.1 over the same deterministic clients as the
 * demo database and points Configurações → Integração at it (the port changes on every start).
 */
export async function startErpDemo(core: Core): Promise<() => Promise<void>> {
  // Loaded only on a demo database: the simulator is test tooling, not part of the console.
  const { startErpSimulator } = await import('../simulators/erp/server');
  // As many clients as the demo database was seeded with, whatever CENTRAL_DEMO_CLIENTS says today.
  const sim = await startErpSimulator({ clients: lastClientId(core.db) });
  const availability = await core.secrets.availability();
  writeErpConfig(core, {
    ...readErpConfig(core),
    baseUrl: sim.url,
    tokenCipher: availability.ok ? await core.secrets.encrypt(sim.token) : null,
  });
  if (!availability.ok) log.warn(`ERP de demonstração sem token salvo: ${availability.reason}`);
  log.info(`ERP de demonstração (simulador) em ${sim.url}`);
  return () => sim.stop();
}
