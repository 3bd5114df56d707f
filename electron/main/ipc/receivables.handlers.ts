import {
  receivablesAlert,
  receivablesStatus,
  startReceivablesNow,
  statusView,
} from '../services/receivables/receivables-status.service';
import { saveMaxHoursWithoutSuccess } from '../services/receivables/receivables-settings';
import { claimSyncHost } from '../services/receivables/sync-host.service';
import { defineHandlers, requireUser } from './registry';

export const receivablesHandlers = defineHandlers({
  'receivables.status': ({ core }) => receivablesStatus(core),
  'receivables.alert': ({ core }) => receivablesAlert(core),
  'receivables.runNow': (ctx) => startReceivablesNow(ctx.core, requireUser(ctx).user),
  'receivables.syncHost.claim': async (ctx, input) =>
    statusView(ctx.core, await claimSyncHost(ctx.core, requireUser(ctx).user, input.confirmTakeover)),
  'receivables.settings.save': async (ctx, input) => {
    await saveMaxHoursWithoutSuccess(ctx.core, requireUser(ctx).user, input.maxHoursWithoutSuccess);
    return receivablesStatus(ctx.core);
  },
});
