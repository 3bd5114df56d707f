import { z } from 'zod';
import { abcCutoffsSchema } from '../../forms/abc-cutoffs.schema';
import { channel, empty } from '../channel-spec';
import type {
  AbcDistributionView,
  BureauBudgetView,
  ConsumptionView,
  IntegrationHealthView,
  ReconciliationRow,
} from '../dto/panel';

const cents = z
  .number({ message: 'Informe um valor em reais.' })
  .int('Valor inválido.')
  .min(0, 'O valor não pode ser negativo.')
  .max(1_000_000_000_00, 'Valor alto demais.');

/** Painel - Visão da operação. Changing the budget or the cut-offs is configuration. */
export const panelChannels = {
  'panel.consumption': channel<ConsumptionView>()({ input: empty, kind: 'query', permission: 'panel.view' }),
  'panel.health': channel<IntegrationHealthView>()({ input: empty, kind: 'query', permission: 'panel.view' }),
  'panel.reconciliation': channel<ReconciliationRow[]>()({
    input: z.object({ limit: z.number().int().min(1).max(200).default(30) }),
    kind: 'query',
    permission: 'panel.view',
  }),
  'panel.abc': channel<AbcDistributionView>()({ input: empty, kind: 'query', permission: 'panel.view' }),
  'panel.budget.get': channel<BureauBudgetView>()({
    input: empty,
    kind: 'query',
    permission: 'settings.bureau',
  }),
  'panel.budget.save': channel<BureauBudgetView>()({
    input: z.object({
      monthlyBudgetCents: cents.nullable(),
      blockAtLimit: z.boolean(),
      pricesCents: z.record(z.string().min(1).max(60), cents),
    }),
    kind: 'mutation',
    permission: 'settings.bureau',
  }),
  'panel.abc.saveCutoffs': channel<AbcDistributionView>()({
    input: abcCutoffsSchema,
    kind: 'mutation',
    permission: 'settings.erp',
  }),
};
