import { z } from 'zod';
import { channel, id } from '../channel-spec';
import type { ClientErpEdit } from '../dto/client-erp-edits';

const target = z.enum(['client', 'address:delivery', 'address:billing', 'address:extra2', 'address:extra3']);

export const clientErpEditChannels = {
  'clientErpEdits.list': channel<ClientErpEdit[]>()({ input: z.object({ clientId: id }), kind: 'query' }),
  'clientErpEdits.resolve': channel<ClientErpEdit[]>()({
    input: z.object({ clientId: id, target, choice: z.enum(['mine', 'erp']) }),
    kind: 'mutation',
    permission: 'clients.edit',
  }),
  'clientErpEdits.dismiss': channel<ClientErpEdit[]>()({
    input: z.object({ clientId: id, target }),
    kind: 'mutation',
    permission: 'clients.edit',
  }),
};
