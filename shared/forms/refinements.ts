/**
 * The pt-BR field rules every form schema is built from (CPF/CNPJ, phone, e-mail, CEP, URL):
 * each normalizes what the agent typed and checks it, so the form and the registry agree.
 */
import { z } from 'zod';
import '../zod-locale';
import { isValidEmail, isValidPhoneBR, isValidUrl, nationalPhoneDigits } from '../domain/contact';
import { normalizeDocument, parseDocument, personTypeOf } from '../domain/document';

/** Trimmed text with its pt-BR limits; `required` is the message for a blank value. */
export function text(max: number, tooLong: string, required?: string) {
  const base = z.string().trim();
  return (required ? base.min(1, required) : base).max(max, tooLong);
}

/** Trimmed text, blank → null. */
export function optionalText(max: number, tooLong: string) {
  return z
    .string()
    .nullable()
    .transform((v) => (v === null || v.trim() === '' ? null : v.trim()))
    .pipe(z.string().max(max, tooLong).nullable());
}

export function documentMessage(normalized: string): string | undefined {
  if (parseDocument(normalized)) return undefined;
  if (normalized === '') return 'Informe o CPF ou CNPJ.';
  const kind = personTypeOf(normalized);
  if (kind === 'F') return 'CPF inválido: confira os dígitos verificadores.';
  if (kind === 'J') return 'CNPJ inválido: confira os dígitos verificadores.';
  return 'Informe um CPF (11 dígitos) ou um CNPJ (14 caracteres) válido.';
}

/**
 * CPF or CNPJ (also the alphanumeric CNPJ), stored without punctuation. A wrong check digit
 * carries its own error code (params.code), which the registry answers with instead of VALIDATION.
 */
export const cpfCnpj = z
  .string()
  .transform(normalizeDocument)
  .superRefine((v, ctx) => {
    const message = documentMessage(v);
    const kind = personTypeOf(v);
    const code = v === '' || kind === null ? undefined : kind === 'F' ? 'CPF_INVALID' : 'CNPJ_INVALID';
    if (message) ctx.addIssue({ code: 'custom', message, params: code ? { code } : undefined });
  });

export const PHONE_EXAMPLE = 'Use DDD + número, ex.: (47) 3333-4444 ou (47) 99999-8888.';

/** A Brazilian phone (DDD + number, optional +55) stored as national digits; blank → null. */
export function optionalPhone(invalid: string) {
  return z
    .string()
    .nullable()
    .transform((v) => {
      const digits = v === null ? '' : nationalPhoneDigits(v);
      return digits === '' ? null : digits;
    })
    .superRefine((v, ctx) => {
      if (v !== null && !isValidPhoneBR(v)) ctx.addIssue({ code: 'custom', message: invalid });
    });
}

/** One phone of a list: its own message names the bad value. */
export const phoneBR = z
  .string()
  .transform(nationalPhoneDigits)
  .superRefine((v, ctx) => {
    if (!isValidPhoneBR(v))
      ctx.addIssue({ code: 'custom', message: `Telefone inválido: "${v}". ${PHONE_EXAMPLE}` });
  });

const emailMessage = (v: string) => `E-mail inválido: "${v}".`;

/** Trimmed e-mail; blank → null. */
export const optionalEmail = z
  .string()
  .nullable()
  .transform((v) => (v === null || v.trim() === '' ? null : v.trim()))
  .superRefine((v, ctx) => {
    if (v !== null && !isValidEmail(v)) ctx.addIssue({ code: 'custom', message: emailMessage(v) });
  });

export const emailBR = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    if (!isValidEmail(v)) ctx.addIssue({ code: 'custom', message: emailMessage(v) });
  });

/** CEP as 8 digits, punctuation dropped. */
export const cep = z
  .string()
  .transform((v) => v.replace(/\D/g, ''))
  .pipe(z.string().regex(/^\d{8}$/, 'CEP inválido: use 8 dígitos, ex.: 89801-000.'));

/** Absolute http(s) address; blank → null. */
export const optionalUrl = z
  .string()
  .nullable()
  .transform((v) => (v === null || v.trim() === '' ? null : v.trim()))
  .superRefine((v, ctx) => {
    if (v !== null && !isValidUrl(v))
      ctx.addIssue({
        code: 'custom',
        message: 'Site inválido: use o endereço completo, ex.: https://www.empresa.com.br.',
      });
  });

/** Pick-one-of-a-list value with a pt-BR message instead of zod's enum text. */
export function oneOf(values: readonly string[], message: string) {
  return z
    .string()
    .trim()
    .refine((v) => values.includes(v), message);
}
