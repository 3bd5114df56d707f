import { erpAbout, getErpSettings, saveErpSettings } from '../services/erp/erp-settings.service';
import { cancelErpSync, getErpSyncStatus, startErpSyncNow } from '../services/erp/erp-status.service';
import { defineHandlers, requireUser } from './registry';

export const erpHandlers = defineHandlers({
  'erp.settings.get': ({ core }) => getErpSettings(core),
  'erp.settings.save': (ctx, input) => saveErpSettings(ctx.core, requireUser(ctx).user, input),
  'erp.about': ({ core }) => erpAbout(core),
  'erp.sync.status': ({ core }) => getErpSyncStatus(core),
  'erp.sync.runNow': (ctx) => startErpSyncNow(ctx.core, requireUser(ctx).user),
  'erp.sync.cancel': (ctx) => cancelErpSync(ctx.core, requireUser(ctx).user),
  'erp.availability': ({ core }) => core.erpBreaker.availability(),
});
