import { z } from 'zod';
import { channel, id } from '../channel-spec';
import { type ClientAddress } from '../dto/client-addresses';
import { ADDRESS_KINDS } from '../../domain/addresses';
import { addressFieldsShape } from '../../forms/address.schema';

export const clientAddressChannels = {
  'clientAddresses.list': channel<ClientAddress[]>()({ input: z.object({ clientId: id }), kind: 'query' }),
  'clientAddresses.save': channel<ClientAddress>()({
    input: z.strictObject({ clientId: id, kind: z.enum(ADDRESS_KINDS), ...addressFieldsShape }),
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
