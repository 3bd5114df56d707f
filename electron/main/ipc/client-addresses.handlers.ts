import { listAddresses, removeAddress, saveAddress } from '../services/clients/client-addresses.service';
import { defineHandlers, requireUser } from './registry';

export const clientAddressHandlers = defineHandlers({
  'clientAddresses.list': ({ core }, { clientId }) => listAddresses(core, clientId),
  'clientAddresses.save': (ctx, { clientId, kind, ...fields }) =>
    saveAddress(ctx.core, requireUser(ctx).user, clientId, kind, fields),
  'clientAddresses.remove': (ctx, { clientId, kind }) => {
    removeAddress(ctx.core, requireUser(ctx).user, clientId, kind);
    return null;
  },
});
