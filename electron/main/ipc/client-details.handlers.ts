import { saveNotes, updateDetails } from '../services/clients/client-details.service';
import { floorWrite } from '../floor/replication/floor-write';
import { defineHandlers, requireUser } from './registry';

export const clientDetailsHandlers = defineHandlers({
  'clientDetails.update': (ctx, { clientId, fields }) =>
    updateDetails(ctx.core, requireUser(ctx).user, clientId, fields),
  'clientDetails.saveNotes': (ctx, { clientId, notes }) =>
    floorWrite(ctx.core, () => saveNotes(ctx.core, requireUser(ctx).user, clientId, notes)),
});
