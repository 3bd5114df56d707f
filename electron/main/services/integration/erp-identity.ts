/**
 * ERP name and version as the ERP reports them (`/v1/sobre`), kept with when they were asked,
 * so the page shows them at once and even while the ERP is unreachable. The answer belongs to
 * the address it came from: pointing the console at another ERP hides it until asked again.
 */
import type { ErpIdentityView } from '../../../../shared/ipc/dto/integration';
import type { Core } from '../../core-types';
import { getSetting, setSetting } from '../../db/repos/settings.repo';
import { readErpConfig, requireErpGateway } from '../erp/erp-config';

const KEY = 'integration.erpIdentity';

interface Stored extends ErpIdentityView {
  baseUrl: string;
}

export function cachedErpIdentity(core: Core): ErpIdentityView | null {
  const raw = getSetting(core.db, KEY);
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as Stored;
    if (s.baseUrl !== readErpConfig(core).baseUrl) return null;
    return { erpName: s.erpName, erpVersion: s.erpVersion, apiVersion: s.apiVersion, checkedAt: s.checkedAt };
  } catch {
    return null;
  }
}

export async function refreshErpIdentity(core: Core): Promise<ErpIdentityView> {
  const baseUrl = readErpConfig(core).baseUrl ?? '';
  const about = await (await requireErpGateway(core)).about();
  const identity: ErpIdentityView = {
    erpName: about.erpName,
    erpVersion: about.erpVersion,
    apiVersion: about.apiVersion,
    checkedAt: core.now().toISOString(),
  };
  setSetting(core.db, KEY, JSON.stringify({ ...identity, baseUrl } satisfies Stored));
  return identity;
}
