import { z } from 'zod';
import { receivablesSettingsSchema } from '../../forms/receivables-settings.schema';
import { channel, empty } from '../channel-spec';
import type { ReceivablesAlertView, ReceivablesStatusView } from '../dto/receivables';

export const receivablesChannels = {
  'receivables.status': channel<ReceivablesStatusView>()({
    input: empty,
    kind: 'query',
    permission: 'settings.bureau',
  }),
  /** Every logged-in agent sees the status-bar alert; it reveals no data. */
  'receivables.alert': channel<ReceivablesAlertView>()({ input: empty, kind: 'query' }),
  'receivables.runNow': channel<{ runId: number }>()({
    input: empty,
    kind: 'mutation',
    permission: 'settings.bureau',
  }),
  'receivables.syncHost.claim': channel<ReceivablesStatusView>()({
    input: z.object({ confirmTakeover: z.boolean().default(false) }),
    kind: 'mutation',
    permission: 'settings.bureau',
  }),
  'receivables.settings.save': channel<ReceivablesStatusView>()({
    input: receivablesSettingsSchema,
    kind: 'mutation',
    permission: 'settings.bureau',
  }),
};
