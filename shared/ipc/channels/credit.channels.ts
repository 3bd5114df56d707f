import { z } from 'zod';
import { channel, id } from '../channel-spec';
import type { CreditUpdateResult } from '../dto/credit';

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
    }),
    kind: 'mutation',
    permission: 'clients.editCredit',
  }),
};
