import { updateCredit } from '../services/credit/credit-update.service';
import { creditAllowance, creditPolicy, saveCreditPolicy } from '../services/credit/credit-policy.service';
import { defineHandlers, requireUser } from './registry';

export const creditHandlers = defineHandlers({
  'credit.update': (ctx, input) => updateCredit(ctx.core, requireUser(ctx).user, input),
  'credit.allowance': (ctx, { clientId }) => creditAllowance(ctx.core, requireUser(ctx).user, clientId),
  'credit.policy': ({ core }) => creditPolicy(core),
  'credit.policy.save': (ctx, input) => saveCreditPolicy(ctx.core, requireUser(ctx).user, input),
});
