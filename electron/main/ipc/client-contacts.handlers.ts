import {
  getContact,
  listContacts,
  removeContact,
  saveContact,
} from '../services/clients/client-contacts.service';
import { defineHandlers, requireUser } from './registry';

export const clientContactHandlers = defineHandlers({
  'clientContacts.list': ({ core }, { clientId }) => listContacts(core, clientId),
  'clientContacts.get': ({ core }, { id }) => getContact(core, id),
  'clientContacts.save': (ctx, { clientId, id, fields }) =>
    saveContact(ctx.core, requireUser(ctx).user, clientId, id, fields),
  'clientContacts.remove': (ctx, { id }) => {
    removeContact(ctx.core, requireUser(ctx).user, id);
    return null;
  },
});
