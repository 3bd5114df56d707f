import { saveAbcCutoffs } from '../services/abc/abc-curve';
import { abcDistribution } from '../services/panel/abc-distribution';
import { readBudget, saveBudget } from '../services/panel/bureau-budget';
import { consumption } from '../services/panel/consumption';
import { integrationHealth } from '../services/panel/integration-health';
import { reconciliation } from '../services/panel/reconciliation';
import { runAbcCurve } from '../workers/abc-curve-worker';
import { defineHandlers } from './registry';

export const panelHandlers = defineHandlers({
  'panel.consumption': ({ core }) => consumption(core),
  'panel.health': ({ core }) => integrationHealth(core),
  'panel.reconciliation': ({ core }, { limit }) => reconciliation(core.db, limit),
  'panel.abc': ({ core }) => abcDistribution(core.db),
  'panel.budget.get': ({ core }) => readBudget(core.db),
  'panel.budget.save': ({ core }, input) => saveBudget(core.db, input),
  'panel.abc.saveCutoffs': async ({ core }, cutoffs) => {
    saveAbcCutoffs(core.db, cutoffs);
    // New cut-offs apply at once, not at the next sync.
    await runAbcCurve(core, null);
    return abcDistribution(core.db);
  },
});
