import { channel, empty } from '../channel-spec';
import { erpSettingsSchema } from '../../forms/erp-settings.schema';
import type { ErpAboutView, ErpAvailability, ErpSettingsView, ErpSyncStatus } from '../dto/erp';

export const erpChannels = {
  'erp.settings.get': channel<ErpSettingsView>()({ input: empty, kind: 'query', permission: 'settings.erp' }),
  'erp.settings.save': channel<ErpSettingsView>()({
    input: erpSettingsSchema,
    kind: 'mutation',
    permission: 'settings.erp',
  }),
  'erp.about': channel<ErpAboutView>()({ input: empty, kind: 'query', permission: 'settings.erp' }),
  'erp.sync.status': channel<ErpSyncStatus>()({ input: empty, kind: 'query', permission: 'settings.erp' }),
  'erp.sync.runNow': channel<{ runId: number }>()({
    input: empty,
    kind: 'mutation',
    permission: 'settings.erp',
  }),
  'erp.sync.cancel': channel<{ cancelled: boolean }>()({
    input: empty,
    kind: 'mutation',
    permission: 'settings.erp',
  }),
  /** The ERP circuit breaker now (the status bar then follows the erp.availability event). */
  'erp.availability': channel<ErpAvailability>()({ input: empty, kind: 'query' }),
};
