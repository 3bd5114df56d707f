/**
 * The Edição de situação/Limite de crédito rules: one limit and one situation rule for the
 * dialog's form and for credit.update, and the budget check both sides run (shared/domain/credit).
 */
import { z } from 'zod';
import { CREDIT_STATUSES, checkCreditChange, type IncreaseAllowance } from '../domain/credit';
import { formatBRL, parseBRL } from '../domain/money';
import type { CreditStatus } from '../ipc/dto/clients';
import { id } from '../ipc/channel-spec';

export const MAX_CREDIT_LIMIT_CENTS = 100_000_000_000;

export const creditLimitCents = z
  .number()
  .int('O limite deve ser em centavos inteiros.')
  .min(0, 'O limite de crédito não pode ser negativo.')
  .max(MAX_CREDIT_LIMIT_CENTS, 'Limite de crédito acima do permitido.');

export const creditStatus = z.enum(CREDIT_STATUSES as [CreditStatus, ...CreditStatus[]], {
  error: 'Escolha a situação de crédito da lista.',
});

/** credit.update's input. */
export const creditUpdateSchema = z.object({
  clientId: id,
  creditLimitCents,
  creditStatus,
  /** The limit the agent saw when the dialog opened; a change made meanwhile is refused, not overwritten. */
  expectedCreditLimitCents: z.number().int(),
  bureauQueryId: id.nullable(),
  /** Set after the agent saw the size of a jump above the confirmation threshold. */
  confirmLargeIncrease: z.boolean().default(false),
});

/** What the dialog holds: the limit as typed in reais. */
export interface CreditFormValues {
  limit: string;
  status: CreditStatus;
}

export interface CreditFormParsed {
  creditLimitCents: number;
  creditStatus: CreditStatus;
}

export const INVALID_LIMIT_TEXT = 'Valor inválido. Use reais, por exemplo 15.000,00.';

/**
 * The form's schema for one client: the typed reais become centavos under the channel's limit
 * rule, and a raise must fit what the group's rolling budget leaves (the same check main runs).
 */
export function creditFormSchema(currentCents: number, allowance: IncreaseAllowance) {
  return z
    .object({ limit: z.string(), status: creditStatus })
    .superRefine((f, ctx) => {
      const message = limitProblem(f.limit, currentCents, allowance);
      if (message) ctx.addIssue({ code: 'custom', message, path: ['limit'] });
    })
    .transform((f): CreditFormParsed => ({
      creditLimitCents: parseBRL(f.limit) ?? 0,
      creditStatus: f.status,
    }));
}

/** Why the typed limit cannot be saved, or undefined when it can. */
export function limitProblem(
  text: string,
  currentCents: number,
  allowance: IncreaseAllowance,
): string | undefined {
  const cents = parseBRL(text);
  if (cents === null) return INVALID_LIMIT_TEXT;
  const shaped = creditLimitCents.safeParse(cents);
  if (!shaped.success) return shaped.error.issues[0]?.message;
  const check = checkCreditChange(currentCents, cents, allowance, formatBRL);
  return check.ok ? undefined : check.reason;
}
