/** The Detalhes form's rules: one schema for the form and for clientDetails.update. */
import { z } from 'zod';
import { isValidEmail, isValidPhoneBR, nationalPhoneDigits } from '../domain/contact';
import { type ClientEditableFields } from '../ipc/dto/client-details';
import {
  APPOINTMENT_DAYS,
  CURRENCIES,
  LANGUAGES,
  MAX_CLIENT_EMAILS,
  MAX_CLIENT_PHONES,
} from '../domain/client-details';
import { cpfCnpj, oneOf, optionalText, optionalUrl, PHONE_EXAMPLE, text } from './refinements';

const ACCOUNTING_ACCOUNT = /^\d+(\.\d+)*$/;

const emails = z
  .array(z.string().max(320))
  .max(50)
  .transform((list) => list.map((e) => e.trim()).filter((e) => e !== ''))
  .superRefine((list, ctx) => {
    const bad = list.find((e) => !isValidEmail(e));
    const message =
      bad !== undefined
        ? `E-mail inválido: "${bad}".`
        : list.length > MAX_CLIENT_EMAILS
          ? `No máximo ${MAX_CLIENT_EMAILS} e-mails.`
          : new Set(list.map((e) => e.toLowerCase())).size !== list.length
            ? 'Há e-mails repetidos.'
            : undefined;
    if (message) ctx.addIssue({ code: 'custom', message });
  });

const phones = z
  .array(z.string().max(40))
  .max(50)
  .transform((list) => list.map(nationalPhoneDigits).filter((p) => p !== ''))
  .superRefine((list, ctx) => {
    const bad = list.find((p) => !isValidPhoneBR(p));
    if (bad !== undefined)
      ctx.addIssue({ code: 'custom', message: `Telefone inválido: "${bad}". ${PHONE_EXAMPLE}` });
    else if (list.length > MAX_CLIENT_PHONES)
      ctx.addIssue({ code: 'custom', message: `No máximo ${MAX_CLIENT_PHONES} telefones.` });
  });

/** What clientDetails.update receives; parsing returns the fields as stored. */
export const clientDetailsFieldsSchema: z.ZodType<ClientEditableFields, ClientEditableFields> =
  z.strictObject({
    legalName: text(160, 'O nome da conta deve ter no máximo 160 caracteres.', 'Informe o nome da conta.'),
    tradeName: optionalText(120, 'O nome fantasia deve ter no máximo 120 caracteres.'),
    document: cpfCnpj,
    status: z.enum(['active', 'inactive']),
    emails,
    phones,
    site: optionalUrl,
    currency: oneOf(CURRENCIES, 'Escolha uma moeda da lista.'),
    paymentMethod: text(60, 'O pagamento deve ter no máximo 60 caracteres.'),
    language: oneOf(
      LANGUAGES.map((l) => l.code),
      'Escolha um idioma da lista.',
    ),
    accountingAccount: z
      .string()
      .trim()
      .refine(
        (v) => v === '' || ACCOUNTING_ACCOUNT.test(v),
        'Conta contábil no formato 1.1.2.01.001 (números separados por ponto).',
      ),
    preferredAppointmentDay: z
      .string()
      .nullable()
      .transform((v) => (v === null || v.trim() === '' ? null : v.trim()))
      .refine(
        (v) => v === null || (APPOINTMENT_DAYS as readonly string[]).includes(v),
        'Escolha um dia da semana da lista.',
      ),
    sharedAcrossCompanies: z.boolean(),
  });

/** The Detalhes form as the agent types it: lists are one entry per line. */
export interface DetailsFormValues {
  legalName: string;
  tradeName: string;
  document: string;
  status: 'active' | 'inactive';
  emails: string;
  phones: string;
  site: string;
  currency: string;
  paymentMethod: string;
  language: string;
  accountingAccount: string;
  preferredAppointmentDay: string;
  sharedAcrossCompanies: boolean;
}

/** One entry per line (commas and semicolons also split, as agents paste them). */
const lines = (value: string): string[] =>
  value
    .split(/[\n,;]+/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

export const detailsFormSchema = z
  .object({
    legalName: z.string(),
    tradeName: z.string(),
    document: z.string(),
    status: z.enum(['active', 'inactive']),
    emails: z.string(),
    phones: z.string(),
    site: z.string(),
    currency: z.string(),
    paymentMethod: z.string(),
    language: z.string(),
    accountingAccount: z.string(),
    preferredAppointmentDay: z.string(),
    sharedAcrossCompanies: z.boolean(),
  })
  .transform((f): ClientEditableFields => ({ ...f, emails: lines(f.emails), phones: lines(f.phones) }))
  .pipe(clientDetailsFieldsSchema);
