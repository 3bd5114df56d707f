import { updateCredit } from '../services/credit/credit-update.service';
import { defineHandlers, requireUser } from './registry';

export const creditHandlers = defineHandlers({
  'credit.update': (ctx, input) => updateCredit(ctx.core, requireUser(ctx).user, input),
});
