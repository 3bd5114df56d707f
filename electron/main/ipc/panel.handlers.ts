import { CUTOFFS_KEY } from '../services/abc/abc-curve';
import { saveSharedSettings } from '../floor/settings/shared-settings';
import { abcDistribution } from '../services/panel/abc-distribution';
import { readBudget, saveBudgetAudited } from '../services/panel/bureau-budget';
import { consumption } from '../services/panel/consumption';
import { integrationHealth } from '../services/panel/integration-health';
import { reconciliation } from '../services/panel/reconciliation';
import { runAbcCurve } from '../workers/abc-curve-worker';
import { defineHandlers, requireUser } from './registry';

export const panelHandlers = defineHandlers({
  'panel.consumption': ({ core }) => consumption(core),
  'panel.health': ({ core }) => integrationHealth(core),
  'panel.reconciliation': ({ core }, { limit }) => reconciliation(core.db, limit),
  'panel.abc': ({ core }) => abcDistribution(core.db),
  'panel.budget.get': ({ core }) => readBudget(core.db),
  'panel.budget.save': (ctx, input) =>
    saveBudgetAudited(ctx.core, requireUser(ctx).user, ctx.core.now().toISOString(), input),
  'panel.abc.saveCutoffs': async ({ core }, cutoffs) => {
    await saveSharedSettings(core, { [CUTOFFS_KEY]: JSON.stringify(cutoffs) });
    // New cut-offs apply at once, not at the next sync.
    await runAbcCurve(core, null);
    return abcDistribution(core.db);
  },
});
