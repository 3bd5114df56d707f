import { z } from 'zod';
import { channel, empty } from '../channel-spec';
import type { ErpAboutView, ErpAvailability, ErpSettingsView, ErpSyncStatus } from '../dto/erp';

const baseUrl = z
  .string()
  .trim()
  .max(500, 'O endereço deve ter no máximo 500 caracteres.')
  .refine((v) => {
    if (v === '') return true;
    try {
      const u = new URL(v);
      return (u.protocol === 'http:' || u.protocol === 'https:') && !u.username && !u.password;
    } catch {
      return false;
    }
  }, 'Informe o endereço do ERP começando com http:// ou https://.');

export const erpChannels = {
  'erp.settings.get': channel<ErpSettingsView>()({ input: empty, kind: 'query', permission: 'settings.erp' }),
  'erp.settings.save': channel<ErpSettingsView>()({
    input: z.object({
      baseUrl,
      token: z.string().trim().max(2000, 'O token deve ter no máximo 2000 caracteres.').default(''),
      syncTime: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Informe o horário no formato HH:MM (00:00 a 23:59).'),
    }),
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
