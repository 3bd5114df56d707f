import { z } from 'zod';
import { channel, id } from '../channel-spec';
import type {
  BillingDocumentDetail,
  BillingDocumentPage,
  ClientRevenue,
  ExclusiveProduct,
  ExclusiveProductDetail,
} from '../dto/client-billing';
import { keyCursor, pageLimit } from './client-paging.channels';

// Billing comes from the ERP: the console reads it and never edits it.
export const clientBillingChannels = {
  'clientBilling.revenue': channel<ClientRevenue>()({ input: z.object({ clientId: id }), kind: 'query' }),
  'clientBilling.documents': channel<BillingDocumentPage>()({
    input: z.object({ clientId: id, after: keyCursor.optional(), limit: pageLimit }),
    kind: 'query',
  }),
  'clientBilling.document': channel<BillingDocumentDetail>()({ input: z.object({ id }), kind: 'query' }),
  'clientProducts.list': channel<ExclusiveProduct[]>()({ input: z.object({ clientId: id }), kind: 'query' }),
  'clientProducts.get': channel<ExclusiveProductDetail>()({ input: z.object({ id }), kind: 'query' }),
};
