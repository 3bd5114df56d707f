/** "Pedir confirmação para aumentos de limite acima de": one schema for the field and credit.policy.save. */
import { z } from 'zod';
import '../zod-locale';
import { parseBRL } from '../domain/money';

export const creditPolicySchema = z.object({
  confirmAboveCents: z
    .number()
    .int('O valor deve ser em centavos inteiros.')
    .min(0, 'O valor não pode ser negativo.')
    .max(100_000_000_000, 'Valor acima do permitido.'),
});
export type CreditPolicySave = z.output<typeof creditPolicySchema>;

export interface CreditPolicyFormValues {
  confirmAbove: string;
}

export const creditPolicyFormSchema = z
  .object({
    confirmAbove: z.string().transform((v, ctx) => {
      const cents = parseBRL(v);
      if (cents === null) {
        ctx.addIssue({ code: 'custom', message: 'Valor inválido. Use reais, por exemplo 50.000,00.' });
        return z.NEVER;
      }
      return cents;
    }),
  })
  .transform((f) => ({ confirmAboveCents: f.confirmAbove }))
  .pipe(creditPolicySchema);
