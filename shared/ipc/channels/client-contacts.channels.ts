import { z } from 'zod';
import { channel, id } from '../channel-spec';
import type { ClientContact } from '../dto/client-contacts';
import { contactFieldsSchema } from '../../forms/contact.schema';

export const clientContactChannels = {
  'clientContacts.list': channel<ClientContact[]>()({ input: z.object({ clientId: id }), kind: 'query' }),
  /** One contact, for its own workspace tab. */
  'clientContacts.get': channel<ClientContact>()({ input: z.object({ id }), kind: 'query' }),
  'clientContacts.save': channel<ClientContact>()({
    input: z.object({ clientId: id, id: id.optional(), fields: contactFieldsSchema }),
    kind: 'mutation',
    permission: 'clients.edit',
  }),
  'clientContacts.remove': channel<null>()({
    input: z.object({ id }),
    kind: 'mutation',
    permission: 'clients.edit',
  }),
};
