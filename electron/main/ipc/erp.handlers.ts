import { erpAbout, getErpSettings, saveErpSettings } from '../services/erp/erp-settings.service';
import { cancelErpSync, getErpSyncStatus, startErpSyncNow } from '../services/erp/erp-status.service';
import { defineHandlers, requireUser } from './registry';
import { refreshSharedSettings } from '../floor/settings/shared-settings';

export const erpHandlers = defineHandlers({
  'erp.settings.get': async ({ core }) => {
    await refreshSharedSettings(core);
    return getErpSettings(core);
  },
  'erp.settings.save': (ctx, input) => saveErpSettings(ctx.core, requireUser(ctx).user, input),
  'erp.about': ({ core }) => erpAbout(core),
  'erp.sync.status': ({ core }) => getErpSyncStatus(core),
  'erp.sync.runNow': (ctx) => startErpSyncNow(ctx.core, requireUser(ctx).user),
  'erp.sync.cancel': (ctx) => cancelErpSync(ctx.core, requireUser(ctx).user),
  'erp.availability': ({ core }) => core.erpBreaker.availability(),
});
