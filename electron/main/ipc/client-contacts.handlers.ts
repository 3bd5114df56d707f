import {
  getContact,
  listContacts,
  removeContact,
  saveContact,
} from '../services/clients/client-contacts.service';
import { floorWrite } from '../floor/replication/floor-write';
import { defineHandlers, requireUser } from './registry';

export const clientContactHandlers = defineHandlers({
  'clientContacts.list': ({ core }, { clientId }) => listContacts(core, clientId),
  'clientContacts.get': ({ core }, { id }) => getContact(core, id),
  'clientContacts.save': (ctx, { clientId, id, fields }) =>
    floorWrite(ctx.core, () => saveContact(ctx.core, requireUser(ctx).user, clientId, id, fields)),
  'clientContacts.remove': async (ctx, { id }) => {
    await floorWrite(ctx.core, () => removeContact(ctx.core, requireUser(ctx).user, id));
    return null;
  },
});
