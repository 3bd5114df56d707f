import type { Core } from '../../core-types';
import type { ErpGateway } from '../../gateways/erp/erp-gateway';

/** The ERP of credit and receivables alike; null while no ERP is configured (local cache only). */
export const erpGatewayFor = (core: Core): Promise<ErpGateway | null> => core.erpGateway(core);
