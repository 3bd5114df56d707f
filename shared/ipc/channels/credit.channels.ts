import { z } from 'zod';
import { creditPolicySchema } from '../../forms/credit-policy.schema';
import { channel, empty, id } from '../channel-spec';
import type { CreditAllowance, CreditPolicy, CreditUpdateResult } from '../dto/credit';

export const creditChannels = {
  /** Edição de situação/Limite de crédito: local change, ERP outbox and audit in one transaction. */
  'credit.update': channel<CreditUpdateResult>()({
    input: z.object({
      clientId: id,
      creditLimitCents: z
        .number()
        .int('O limite deve ser em centavos inteiros.')
        .min(0, 'O limite de crédito não pode ser negativo.')
        .max(100_000_000_000, 'Limite de crédito acima do permitido.'),
      creditStatus: z.enum(['ADIMPLENTE', 'INADIMPLENTE', 'BLOQUEADO', 'EM_ANALISE']),
      /** The limit the agent saw when the dialog opened; a change made meanwhile is refused, not overwritten. */
      expectedCreditLimitCents: z.number().int(),
      bureauQueryId: id.nullable(),
      /** Set after the agent saw the size of a jump above the confirmation threshold. */
      confirmLargeIncrease: z.boolean().default(false),
    }),
    kind: 'mutation',
    permission: 'clients.editCredit',
  }),
  /** What the caller may still raise this client's limit by in the rolling 24 h. */
  'credit.allowance': channel<CreditAllowance>()({
    input: z.object({ clientId: id }),
    kind: 'query',
    permission: 'clients.editCredit',
  }),
  'credit.policy': channel<CreditPolicy>()({ input: empty, kind: 'query' }),
  'credit.policy.save': channel<CreditPolicy>()({
    input: creditPolicySchema,
    kind: 'mutation',
    permission: 'settings.users',
  }),
};
