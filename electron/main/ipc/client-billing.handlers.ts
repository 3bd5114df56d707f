import {
  billingDocument,
  billingDocuments,
  clientRevenue,
  exclusiveProduct,
  exclusiveProducts,
} from '../services/clients/client-billing.service';
import { defineHandlers } from './registry';

export const clientBillingHandlers = defineHandlers({
  'clientBilling.revenue': ({ core }, { clientId }) => clientRevenue(core, clientId),
  'clientBilling.documents': ({ core }, input) => billingDocuments(core, input),
  'clientBilling.document': ({ core }, { id }) => billingDocument(core, id),
  'clientProducts.list': ({ core }, { clientId }) => exclusiveProducts(core, clientId),
  'clientProducts.get': ({ core }, { id }) => exclusiveProduct(core, id),
});
