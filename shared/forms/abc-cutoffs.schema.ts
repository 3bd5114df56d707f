/**
 * Painel → Curva ABC: the Pareto cut-offs. One rule set for panel.abc.saveCutoffs and for the
 * form, which holds the percentages as typed.
 */
import { z } from 'zod';

const percent = z.number({ message: 'Informe um percentual.' }).int('Use um percentual inteiro.');

/** panel.abc.saveCutoffs's input: A and B in percent of revenue; C is what is left. */
export const abcCutoffsSchema = z
  .object({
    a: percent.min(1, 'A classe A precisa de pelo menos 1%.').max(98, 'A classe A pode ter no máximo 98%.'),
    b: percent.min(1, 'A classe B precisa de pelo menos 1%.').max(98, 'A classe B pode ter no máximo 98%.'),
  })
  .refine((c) => c.a + c.b <= 99, {
    message: 'A + B deve deixar pelo menos 1% para a classe C.',
    path: ['b'],
  });

const typedPercent = z
  .string()
  .trim()
  .regex(/^\d{1,3}$/, 'Informe um percentual inteiro, por exemplo 80.')
  .transform(Number);

/** The form: the typed text becomes the channel's numbers under the same rules. */
export const abcCutoffsFormSchema = z.object({ a: typedPercent, b: typedPercent }).pipe(abcCutoffsSchema);

export type AbcCutoffsFormValues = z.input<typeof abcCutoffsFormSchema>;
export type AbcCutoffsFormOutput = z.output<typeof abcCutoffsFormSchema>;
