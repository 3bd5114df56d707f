/**
 * The Detalhes tab: editable fields, their pt-BR validation and quick notes. The same
 * validation runs in the form (inline messages as the agent types) and in the main process
 * (the final word), so both always agree.
 */
import { isValidEmail, isValidPhoneBR, isValidUrl, normalizePhone } from '../../domain/contact';
import { normalizeDocument, parseDocument, personTypeOf } from '../../domain/document';
import type { ClientEditableFields } from './clients';

export type { ClientEditableFields } from './clients';
export type ClientDetailsField = keyof ClientEditableFields;
export type ClientDetailsErrors = Partial<Record<ClientDetailsField, string>>;

export const CURRENCIES = ['BRL', 'USD', 'EUR'] as const;
export const LANGUAGES: readonly { code: string; label: string }[] = [
  { code: 'pt-BR', label: 'Português (Brasil)' },
  { code: 'es-ES', label: 'Espanhol' },
  { code: 'en-US', label: 'Inglês' },
];
export const APPOINTMENT_DAYS = [
  'Segunda-feira',
  'Terça-feira',
  'Quarta-feira',
  'Quinta-feira',
  'Sexta-feira',
  'Sábado',
] as const;
export const PAYMENT_METHOD_SUGGESTIONS = [
  'Boleto bancário',
  'Pix',
  'Cartão de crédito',
  'Transferência bancária',
  'Depósito em conta',
  'Cheque',
] as const;

export const MAX_CLIENT_EMAILS = 10;
export const MAX_CLIENT_PHONES = 10;
export const MAX_NOTES_LENGTH = 20_000;

const ACCOUNTING_ACCOUNT = /^\d+(\.\d+)*$/;

/** Digits of a Brazilian phone as stored: DDD + number, the +55 country code dropped. */
export function nationalPhoneDigits(value: string): string {
  const digits = normalizePhone(value);
  return (digits.length === 12 || digits.length === 13) && digits.startsWith('55') ? digits.slice(2) : digits;
}

/** Trims text, normalizes document and phones, turns blank optional fields into null. */
export function normalizeClientDetails(f: ClientEditableFields): ClientEditableFields {
  const blankToNull = (v: string | null) => (v === null || v.trim() === '' ? null : v.trim());
  return {
    legalName: f.legalName.trim(),
    tradeName: blankToNull(f.tradeName),
    document: normalizeDocument(f.document),
    status: f.status,
    emails: f.emails.map((e) => e.trim()).filter((e) => e !== ''),
    phones: f.phones.map(nationalPhoneDigits).filter((p) => p !== ''),
    site: blankToNull(f.site),
    currency: f.currency.trim(),
    paymentMethod: f.paymentMethod.trim(),
    language: f.language.trim(),
    accountingAccount: f.accountingAccount.trim(),
    preferredAppointmentDay: blankToNull(f.preferredAppointmentDay),
    sharedAcrossCompanies: f.sharedAcrossCompanies,
  };
}

export function documentError(document: string): string | undefined {
  const value = normalizeDocument(document);
  if (parseDocument(value)) return undefined;
  if (value === '') return 'Informe o CPF ou CNPJ.';
  const kind = personTypeOf(value);
  if (kind === 'F') return 'CPF inválido: confira os dígitos verificadores.';
  if (kind === 'J') return 'CNPJ inválido: confira os dígitos verificadores.';
  return 'Informe um CPF (11 dígitos) ou um CNPJ (14 caracteres) válido.';
}

/** Field → pt-BR message; an empty object means the fields may be saved. Expects normalized input. */
export function validateClientDetails(f: ClientEditableFields): ClientDetailsErrors {
  const errors: ClientDetailsErrors = {};
  if (f.legalName === '') errors.legalName = 'Informe o nome da conta.';
  else if (f.legalName.length > 160) errors.legalName = 'O nome da conta deve ter no máximo 160 caracteres.';
  if (f.tradeName && f.tradeName.length > 120)
    errors.tradeName = 'O nome fantasia deve ter no máximo 120 caracteres.';
  const doc = documentError(f.document);
  if (doc) errors.document = doc;

  const badEmail = f.emails.find((e) => !isValidEmail(e));
  if (badEmail !== undefined) errors.emails = `E-mail inválido: "${badEmail}".`;
  else if (f.emails.length > MAX_CLIENT_EMAILS) errors.emails = `No máximo ${MAX_CLIENT_EMAILS} e-mails.`;
  else if (new Set(f.emails.map((e) => e.toLowerCase())).size !== f.emails.length)
    errors.emails = 'Há e-mails repetidos.';

  const badPhone = f.phones.find((p) => !isValidPhoneBR(p));
  if (badPhone !== undefined)
    errors.phones = `Telefone inválido: "${badPhone}". Use DDD + número, ex.: (47) 3333-4444 ou (47) 99999-8888.`;
  else if (f.phones.length > MAX_CLIENT_PHONES) errors.phones = `No máximo ${MAX_CLIENT_PHONES} telefones.`;

  if (f.site !== null && !isValidUrl(f.site))
    errors.site = 'Site inválido: use o endereço completo, ex.: https://www.empresa.com.br.';
  if (!(CURRENCIES as readonly string[]).includes(f.currency))
    errors.currency = 'Escolha uma moeda da lista.';
  if (f.paymentMethod.length > 60) errors.paymentMethod = 'O pagamento deve ter no máximo 60 caracteres.';
  if (!LANGUAGES.some((l) => l.code === f.language)) errors.language = 'Escolha um idioma da lista.';
  if (f.accountingAccount !== '' && !ACCOUNTING_ACCOUNT.test(f.accountingAccount))
    errors.accountingAccount = 'Conta contábil no formato 1.1.2.01.001 (números separados por ponto).';
  if (
    f.preferredAppointmentDay !== null &&
    !(APPOINTMENT_DAYS as readonly string[]).includes(f.preferredAppointmentDay)
  )
    errors.preferredAppointmentDay = 'Escolha um dia da semana da lista.';
  return errors;
}

export interface QuickNotesSaved {
  notes: string;
  savedAt: string;
}
