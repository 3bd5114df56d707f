import { saveNotes, updateDetails } from '../services/clients/client-details.service';
import { defineHandlers, requireUser } from './registry';

export const clientDetailsHandlers = defineHandlers({
  'clientDetails.update': (ctx, { clientId, fields }) =>
    updateDetails(ctx.core, requireUser(ctx).user, clientId, fields),
  'clientDetails.saveNotes': (ctx, { clientId, notes }) =>
    saveNotes(ctx.core, requireUser(ctx).user, clientId, notes),
});
