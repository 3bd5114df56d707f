import { floorWrite } from '../floor/replication/floor-write';
import { updateCredit } from '../services/credit/credit-update.service';
import { flushToErp } from '../services/credit/erp-sync';
import { creditAllowance, creditPolicy, saveCreditPolicy } from '../services/credit/credit-policy.service';
import { defineHandlers, requireUser } from './registry';

export const creditHandlers = defineHandlers({
  // Floor mode: the change, its outbox row and Histórico go to the central database first.
  'credit.update': async (ctx, input) => {
    const r = await floorWrite(ctx.core, () => updateCredit(ctx.core, requireUser(ctx).user, input));
    void flushToErp(ctx.core);
    return r;
  },
  'credit.allowance': (ctx, { clientId }) => creditAllowance(ctx.core, requireUser(ctx).user, clientId),
  'credit.policy': ({ core }) => creditPolicy(core),
  'credit.policy.save': (ctx, input) => saveCreditPolicy(ctx.core, requireUser(ctx).user, input),
});
