import { z } from 'zod';
import { channel, id } from '../channel-spec';
import type { ClientHistoryPage } from '../dto/client-history';
import { pageLimit } from './client-paging.channels';

export const clientHistoryChannels = {
  'clientHistory.list': channel<ClientHistoryPage>()({
    input: z.object({ clientId: id, before: id.optional(), limit: pageLimit }),
    kind: 'query',
  }),
};
