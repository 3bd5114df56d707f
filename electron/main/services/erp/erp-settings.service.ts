import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type { ErpAboutView, ErpSettingsView } from '../../../../shared/ipc/dto/erp';
import type { Core } from '../../core-types';
import { insertAudit } from '../../db/repos/audit.repo';
import { erpConfigEntries, readErpConfig, requireErpGateway } from './erp-config';
import { sharedSecrets } from '../../floor/secrets/shared-secrets';
import { refreshSharedSettings, saveSharedSettings } from '../../floor/settings/shared-settings';
import { assertNotLocked } from '../../policy/policy-locks';

export function getErpSettings(core: Core): ErpSettingsView {
  const c = readErpConfig(core);
  return {
    baseUrl: c.baseUrl ?? '',
    hasToken: !!c.tokenCipher,
    syncTime: c.syncTime,
    tokenProtection: sharedSecrets(core).protectionNote,
  };
}

export interface ErpSettingsInput {
  baseUrl: string;
  /** Empty keeps the saved token. */
  token: string;
  syncTime: string;
}

/** Saves the integration settings with their audit row in one transaction, then re-arms the daily sync. */
export async function saveErpSettings(
  core: Core,
  user: SessionUser,
  input: ErpSettingsInput,
): Promise<ErpSettingsView> {
  assertNotLocked(core, 'erpUrl', input.baseUrl.replace(/\/+$/, ''));
  await refreshSharedSettings(core);
  const before = readErpConfig(core);
  const tokenCipher = input.token ? await sharedSecrets(core).encrypt(input.token) : before.tokenCipher;
  const after = { baseUrl: input.baseUrl || null, tokenCipher, syncTime: input.syncTime };
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  if (before.baseUrl !== after.baseUrl) changes.baseUrl = { before: before.baseUrl, after: after.baseUrl };
  if (before.syncTime !== after.syncTime)
    changes.syncTime = { before: before.syncTime, after: after.syncTime };
  // The token itself never goes to the audit log; only that it changed.
  if (input.token) changes.token = { before: before.tokenCipher ? 'definido' : 'vazio', after: 'alterado' };
  await saveSharedSettings(core, erpConfigEntries(after), () => {
    if (Object.keys(changes).length)
      insertAudit(core.db, {
        at: core.now().toISOString(),
        userId: user.id,
        userName: user.name,
        entity: 'settings',
        entityId: 'erp',
        action: 'Configurações do ERP alteradas',
        changes,
      });
  });
  core.scheduler.reschedule();
  return getErpSettings(core);
}

export async function erpAbout(core: Core): Promise<ErpAboutView> {
  const about = await (await requireErpGateway(core)).about();
  return { erpName: about.erpName, erpVersion: about.erpVersion, apiVersion: about.apiVersion };
}
