import { z } from 'zod';
import { channel, id } from '../channel-spec';
import { ADDRESS_KINDS, type ClientAddress } from '../dto/client-addresses';

const addressFields = {
  street: z.string().max(400),
  number: z.string().max(60),
  complement: z.string().max(300),
  district: z.string().max(300),
  city: z.string().max(300),
  uf: z.string().max(10),
  cep: z.string().max(20),
  fax: z.string().max(40).nullable(),
};

export const clientAddressChannels = {
  'clientAddresses.list': channel<ClientAddress[]>()({ input: z.object({ clientId: id }), kind: 'query' }),
  'clientAddresses.save': channel<ClientAddress>()({
    input: z.object({ clientId: id, kind: z.enum(ADDRESS_KINDS), ...addressFields }).strict(),
    kind: 'mutation',
    permission: 'clients.edit',
  }),
  // Entrega and faturamento are never removed, only edited; Endereço 2/3 are optional.
  'clientAddresses.remove': channel<null>()({
    input: z.object({ clientId: id, kind: z.enum(['extra2', 'extra3']) }),
    kind: 'mutation',
    permission: 'clients.edit',
  }),
};
