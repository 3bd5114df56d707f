/**
 * Screen pop links: what the telephony (or a person) hands the console to open a record.
 *   central://cliente/<CNPJ | CPF | código ERP>
 *   central://chamada?numero=<telefone>
 * The same through the command line (--cliente X, --numero X) and, in the web shell, the URL
 * hash (#/cliente/X, #/chamada?numero=X). Everything here is pure: the Electron shell, the web
 * shell and main's channel all read links through these functions, and a link that is not
 * exactly one of the two forms is refused with a reason, never guessed at.
 */
import { isValidCnpj, isValidCpf, normalizeDocument } from './document';

export const SCREEN_POP_SCHEME = 'central';

export type ClientRef = { by: 'document'; value: string } | { by: 'erpCode'; value: string };

export type ScreenPopTarget = { kind: 'client'; ref: ClientRef } | { kind: 'call'; phone: string };

export type ScreenPopParse = { ok: true; target: ScreenPopTarget } | { ok: false; reason: string };

/** Longer than any real link: a telephony bug or an attack, refused before any parsing. */
export const MAX_LINK_LENGTH = 300;

const LINK = /^central:\/\/([A-Za-z]+)(?:\/([^?#]*))?(?:\?([^#]*))?(?:#.*)?$/i;
// C0/C1 controls, DEL, bidi overrides and zero-width characters never belong in a link.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const ERP_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,29}$/;
const DOCUMENT_CHARS = /^[0-9A-Za-z.\-/ ]+$/;
const PHONE_CHARS = /^\+?[0-9 ().-]+$/;

const refuse = (reason: string): ScreenPopParse => ({ ok: false, reason });

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * A phone number as the search stores it: digits only, without the country code (55) and the
 * trunk zero a PABX puts before the area code. 8 or 9 digits (no DDD) up to 11 (DDD + mobile).
 */
export function normalizePhone(raw: string): string | null {
  const text = raw.trim();
  if (!PHONE_CHARS.test(text)) return null;
  let digits = text.replace(/\D/g, '');
  if ((text.startsWith('+') || digits.length >= 12) && digits.startsWith('55') && digits.length >= 12)
    digits = digits.slice(2);
  if (digits.length >= 11 && digits.startsWith('0') && !/^0[38]00/.test(digits)) digits = digits.slice(1);
  return digits.length >= 8 && digits.length <= 11 ? digits : null;
}

/** CPF/CNPJ when the check digits say so; otherwise the ERP's own code. */
export function parseClientRef(raw: string): ClientRef | null {
  const text = raw.trim();
  if (text === '' || text.length > 40 || !DOCUMENT_CHARS.test(text)) return null;
  const doc = normalizeDocument(text);
  if ((doc.length === 11 && isValidCpf(doc)) || (doc.length === 14 && isValidCnpj(doc)))
    return { by: 'document', value: doc };
  return ERP_CODE.test(text) ? { by: 'erpCode', value: text } : null;
}

/** Reads one central:// link. Anything else is refused with the reason the agent is shown. */
export function parseScreenPopLink(raw: unknown): ScreenPopParse {
  if (typeof raw !== 'string' || raw.trim() === '') return refuse('o link está vazio');
  const link = raw.trim();
  if (link.length > MAX_LINK_LENGTH) return refuse('o link é longo demais');
  if (HIDDEN.test(link)) return refuse('o link tem caracteres de controle');
  const m = LINK.exec(link);
  if (!m) return refuse('o endereço não começa com central://cliente/ nem central://chamada');
  const action = (m[1] as string).toLowerCase();
  const path = m[2] ?? '';
  const query = m[3] ?? '';
  if (action === 'cliente') {
    if (query !== '') return refuse('o link de cliente não leva parâmetros');
    const segment = path.replace(/\/$/, '');
    if (segment === '') return refuse('falta o CNPJ, CPF ou código ERP do cliente');
    if (segment.includes('/')) return refuse('o link de cliente leva um só CNPJ, CPF ou código ERP');
    const decoded = decode(segment);
    if (decoded === null || HIDDEN.test(decoded))
      return refuse('o CNPJ, CPF ou código ERP está mal codificado');
    const ref = parseClientRef(decoded);
    if (!ref) return refuse('o CNPJ, CPF ou código ERP tem caracteres inválidos');
    return { ok: true, target: { kind: 'client', ref } };
  }
  if (action === 'chamada') {
    if (path.replace(/\/$/, '') !== '') return refuse('o link de chamada leva o telefone em ?numero=');
    const values: string[] = [];
    for (const pair of query.split('&')) {
      const [name, value = ''] = pair.split('=', 2) as [string, string?];
      if (decode(name)?.toLowerCase() === 'numero') values.push(value);
    }
    if (values.length === 0) return refuse('falta o telefone (?numero=)');
    if (values.length > 1) return refuse('o link traz mais de um telefone');
    const decoded = decode(values[0] as string);
    if (decoded === null || HIDDEN.test(decoded)) return refuse('o telefone está mal codificado');
    const phone = normalizePhone(decoded);
    if (!phone) return refuse('o telefone deve ter de 8 a 11 dígitos, com DDD, sem letras');
    return { ok: true, target: { kind: 'call', phone } };
  }
  return refuse(`a ação "${action.slice(0, 20)}" não existe (use cliente ou chamada)`);
}

/**
 * The link a console start or a second start was given: a central:// argument (Windows passes
 * the link as an argument), or --cliente X / --numero X (also --cliente=X). null: a plain start.
 */
export function screenPopLinkFromArgv(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (/^central:/i.test(arg)) return arg;
    const flag = /^--(cliente|numero)(?:=(.*))?$/.exec(arg);
    if (!flag) continue;
    const next = argv[i + 1];
    const value = flag[2] ?? (next !== undefined && !next.startsWith('--') ? next : '');
    return flag[1] === 'cliente'
      ? `central://cliente/${encodeURIComponent(value)}`
      : `central://chamada?numero=${encodeURIComponent(value)}`;
  }
  return null;
}

/** The web shell's form of a link (#/cliente/X, #/chamada?numero=X); null for any other hash. */
export function screenPopLinkFromHash(hash: string): string | null {
  const m = /^#\/(cliente|chamada)(?=[/?]|$)(.*)$/i.exec(hash);
  return m ? `central://${(m[1] as string).toLowerCase()}${m[2] as string}` : null;
}
