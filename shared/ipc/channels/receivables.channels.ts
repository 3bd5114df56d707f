import { z } from 'zod';
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
    input: z.object({
      maxHoursWithoutSuccess: z
        .number({ message: 'Informe o tempo máximo sem sucesso em horas.' })
        .int('Informe um número inteiro de horas.')
        .min(1, 'O tempo máximo sem sucesso deve ser de pelo menos 1 hora.')
        .max(720, 'O tempo máximo sem sucesso deve ser de no máximo 720 horas (30 dias).'),
    }),
    kind: 'mutation',
    permission: 'settings.bureau',
  }),
};
