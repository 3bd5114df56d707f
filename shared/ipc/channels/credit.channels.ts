import { z } from 'zod';
import { creditPolicySchema } from '../../forms/credit-policy.schema';
import { channel, empty, id } from '../channel-spec';
import { creditUpdateSchema } from '../../forms/credit.schema';
import type { CreditAllowance, CreditPolicy, CreditUpdateResult } from '../dto/credit';

export const creditChannels = {
  /** Edição de situação/Limite de crédito: local change, ERP outbox and audit in one transaction. */
  'credit.update': channel<CreditUpdateResult>()({
    input: creditUpdateSchema,
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
