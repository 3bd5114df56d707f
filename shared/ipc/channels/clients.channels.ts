import { z } from 'zod';
import { channel, id } from '../channel-spec';
import type { Client, ClientSearchRow } from '../dto/clients';

export const clientChannels = {
  // F9 search and the client screen.
  'clients.search': channel<ClientSearchRow[]>()({
    input: z.object({
      query: z.string().max(200),
      limit: z.number().int().min(1).max(100).default(20),
    }),
    kind: 'query',
  }),
  'clients.recent': channel<ClientSearchRow[]>()({
    input: z.object({ limit: z.number().int().min(1).max(50).default(15) }),
    kind: 'query',
  }),
  'clients.get': channel<Client>()({ input: z.object({ id }), kind: 'query' }),
  'clients.markOpened': channel<null>()({ input: z.object({ id }), kind: 'session' }),
};
