import { flushToErp } from '../services/credit/erp-sync';
import {
  dismissRejection,
  listClientEdits,
  resolveConflict,
} from '../services/clients/erp-writeback.service';
import { defineHandlers, requireUser } from './registry';

export const clientErpEditHandlers = defineHandlers({
  'clientErpEdits.list': ({ core }, { clientId }) => listClientEdits(core, clientId),
  'clientErpEdits.resolve': async (ctx, { clientId, target, choice }) => {
    const edits = await resolveConflict(ctx.core, requireUser(ctx).user, clientId, target, choice);
    void flushToErp(ctx.core);
    return edits;
  },
  'clientErpEdits.dismiss': ({ core }, { clientId, target }) => dismissRejection(core, clientId, target),
});
