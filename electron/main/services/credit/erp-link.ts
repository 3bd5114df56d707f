import type { Core } from '../../core-types';
import type { ErpGateway } from '../../gateways/erp/erp-gateway';
import { erpGatewayFromSettings } from '../erp/erp-config';

/** How the credit services reach the ERP; null while no ERP is configured (local cache only). */
export type ErpGatewayProvider = (core: Core) => Promise<ErpGateway | null>;

const overrides = new WeakMap<Core, ErpGatewayProvider>();

/** Tests give one core its own (fake or simulator-backed) ERP. */
export function setErpGatewayProvider(core: Core, provider: ErpGatewayProvider): void {
  overrides.set(core, provider);
}

export async function erpGatewayFor(core: Core): Promise<ErpGateway | null> {
  return (overrides.get(core) ?? erpGatewayFromSettings)(core);
}
