import { z } from 'zod';
import { channel, id } from '../channel-spec';
import type { ClientContact } from '../dto/client-contacts';

const contactFields = z
  .object({
    name: z.string().max(400),
    initials: z.string().max(20),
    company: z.string().max(400),
    role: z.string().max(300),
    email: z.string().max(320).nullable(),
    phone: z.string().max(40).nullable(),
    tags: z.array(z.string().max(200)).max(50),
  })
  .strict();

export const clientContactChannels = {
  'clientContacts.list': channel<ClientContact[]>()({ input: z.object({ clientId: id }), kind: 'query' }),
  /** One contact, for its own workspace tab. */
  'clientContacts.get': channel<ClientContact>()({ input: z.object({ id }), kind: 'query' }),
  'clientContacts.save': channel<ClientContact>()({
    input: z.object({ clientId: id, id: id.optional(), fields: contactFields }),
    kind: 'mutation',
    permission: 'clients.edit',
  }),
  'clientContacts.remove': channel<null>()({
    input: z.object({ id }),
    kind: 'mutation',
    permission: 'clients.edit',
  }),
};
