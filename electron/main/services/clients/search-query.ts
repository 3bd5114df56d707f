import { compactSearchText, searchNameKey } from '../../../../shared/domain/search-text';

/** What an agent typed in F9, read once: which tiers apply and the keys to look up. */
export interface ClientSearchQuery {
  kind: 'code' | 'email' | 'text';
  /** Normalized words joined by one space, joining words left out ("brandao equipamentos eletricos epp"). */
  text: string;
  words: string[];
  /** Letters and digits only: document, ERP code, phone, e-mail. */
  compact: string;
  /** As typed, trimmed: ERP codes are compared as the ERP writes them. */
  raw: string;
}

const CODE_LIKE = /^[\d\s.\-/()+]+$/;
const EMAIL_LIKE = /^\S+@\S*$/;
const FORMATTED_CNPJ = /^[0-9A-Za-z]{2}\.?[0-9A-Za-z]{3}\.?[0-9A-Za-z]{3}\/?[0-9A-Za-z]{4}-?\d{2}$/;

export function readClientSearchQuery(input: string): ClientSearchQuery | null {
  const raw = input.trim();
  const text = searchNameKey(raw);
  if (text === '') return null;
  const words = text.split(' ');
  const compact = compactSearchText(raw);
  if (CODE_LIKE.test(raw) || (FORMATTED_CNPJ.test(raw) && /\d/.test(raw))) {
    return { kind: 'code', text, words, compact, raw };
  }
  if (EMAIL_LIKE.test(raw)) return { kind: 'email', text, words, compact, raw };
  return { kind: 'text', text, words, compact, raw };
}
