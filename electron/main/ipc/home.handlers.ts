import { agentDay, emitDayChanged } from '../services/home/agent-day.service';
import { attachCallDraft, confirmCallDraft, discardCallDraft } from '../services/home/call-drafts.service';
import { openScreenPop, takePendingScreenPops } from '../services/home/screen-pop.service';
import { defineHandlers, requireUser } from './registry';

export const homeHandlers = defineHandlers({
  'home.day': (ctx) => agentDay(ctx.core, requireUser(ctx).user.id),
  'home.screenPop.pending': (ctx) => {
    requireUser(ctx);
    return takePendingScreenPops(ctx.core);
  },
  'home.screenPop.open': (ctx, { link }) => {
    const outcome = openScreenPop(ctx.core, requireUser(ctx).user, link);
    if (outcome.draftId !== null) emitDayChanged(ctx.core);
    return outcome;
  },
  'home.callDrafts.attach': (ctx, { id, clientId }) => {
    const draft = attachCallDraft(ctx.core, requireUser(ctx).user, id, clientId);
    emitDayChanged(ctx.core);
    return draft;
  },
  'home.callDrafts.confirm': (ctx, { id, title }) => {
    const draft = confirmCallDraft(ctx.core, requireUser(ctx).user, id, title);
    emitDayChanged(ctx.core);
    return draft;
  },
  'home.callDrafts.discard': (ctx, { id }) => {
    const draft = discardCallDraft(ctx.core, requireUser(ctx).user, id);
    emitDayChanged(ctx.core);
    return draft;
  },
});
