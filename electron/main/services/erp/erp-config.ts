/**
 * Where the ERP lives and how to reach it: Configurações → Integração, stored in app_settings
 * with the token encrypted by the secret store. The gateway is rebuilt only when they change,
 * so its keep-alive connections are reused across calls.
 */
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { getSetting, setSetting } from '../../db/repos/settings.repo';
import { createErpGateway } from '../../gateways/erp/erp-client';
import type { ErpGateway } from '../../gateways/erp/erp-gateway';
import { policyValue } from '../../policy/policy-locks';
import { sharedSecrets } from '../../floor/secrets/shared-secrets';

export const ERP_SETTING = {
  baseUrl: 'erp.baseUrl',
  tokenCipher: 'erp.tokenCipher',
  syncTime: 'erp.syncTime',
} as const;
export const DEFAULT_SYNC_TIME = '00:00';

export interface ErpConfig {
  baseUrl: string | null;
  tokenCipher: string | null;
  syncTime: string;
}

export function readErpConfig(core: Core): ErpConfig {
  return {
    // The machine policy wins over what was saved on this seat.
    baseUrl: policyValue(core, 'erpUrl') ?? (getSetting(core.db, ERP_SETTING.baseUrl) || null),
    tokenCipher: getSetting(core.db, ERP_SETTING.tokenCipher) || null,
    syncTime: getSetting(core.db, ERP_SETTING.syncTime) || DEFAULT_SYNC_TIME,
  };
}

/** The settings rows of an ERP configuration (saved for the floor by saveSharedSettings). */
export const erpConfigEntries = (c: ErpConfig): Record<string, string> => ({
  [ERP_SETTING.baseUrl]: c.baseUrl ?? '',
  [ERP_SETTING.tokenCipher]: c.tokenCipher ?? '',
  [ERP_SETTING.syncTime]: c.syncTime,
});

/** This desktop's cache only (demo and bench set-up); Configurações saves through saveSharedSettings. */
export function writeErpConfig(core: Core, c: ErpConfig): void {
  setSetting(core.db, ERP_SETTING.baseUrl, c.baseUrl ?? '');
  setSetting(core.db, ERP_SETTING.tokenCipher, c.tokenCipher ?? '');
  setSetting(core.db, ERP_SETTING.syncTime, c.syncTime);
}

export const isErpConfigured = (core: Core): boolean => {
  const c = readErpConfig(core);
  return !!c.baseUrl && !!c.tokenCipher;
};

/** The gateway for the saved settings, or null while the integration is not configured. */
export async function erpGatewayFromSettings(core: Core): Promise<ErpGateway | null> {
  const c = readErpConfig(core);
  if (!c.baseUrl || !c.tokenCipher) return null;
  const key = `${c.baseUrl}\n${c.tokenCipher}`;
  const hit = core.state.erpGateway;
  if (hit?.key === key) return hit.gateway;
  const token = await sharedSecrets(core).decrypt(c.tokenCipher);
  const gateway = createErpGateway({
    baseUrl: c.baseUrl,
    token,
    http: core.http,
    ...core.tuning.erpClient,
    breaker: core.erpBreaker,
  });
  core.state.erpGateway = { key, gateway };
  return gateway;
}

export async function requireErpGateway(core: Core): Promise<ErpGateway> {
  // Through the composition root, so a gateway passed to createCore is the one every caller uses.
  const gateway = await core.erpGateway(core);
  if (!gateway) throw new AppFailure('erp.notConfigured');
  return gateway;
}
