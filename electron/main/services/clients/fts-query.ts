/**
 * Turns what an agent types in F9 into an FTS5 MATCH expression. Never passes user text
 * through as FTS syntax: every token is quoted, so "AND", quotes or a stray "*" are just text.
 */
export interface ClientFtsQuery {
  match: string;
  /** Digits-only or normalized document/ERP code, to rank an exact ERP code first. */
  exact: string;
}

const DOCUMENT_LIKE = /^[\d\s.\-/()+]+$/;
const EMAIL_LIKE = /^\S+@\S*$/;
const FORMATTED_CNPJ = /^[0-9A-Za-z]{2}\.?[0-9A-Za-z]{3}\.?[0-9A-Za-z]{3}\/?[0-9A-Za-z]{4}-?\d{2}$/;

const quote = (token: string): string => `"${token.replace(/"/g, '""')}"`;

export function buildClientFtsQuery(raw: string): ClientFtsQuery | null {
  const text = raw.trim();
  if (text === '') return null;

  if (DOCUMENT_LIKE.test(text) || FORMATTED_CNPJ.test(text)) {
    const compact = text.replace(/[^0-9A-Za-z]/g, '').toLowerCase();
    if (compact.length > 0) {
      return {
        match: `{document erp_code contact} : ${quote(compact)}*`,
        exact: compact,
      };
    }
  }

  if (EMAIL_LIKE.test(text)) {
    // Indexed as the address without punctuation (see migration 0020).
    const compact = text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    return { match: `{contact} : ${quote(compact)}*`, exact: compact };
  }

  const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (tokens.length === 0) return null;
  return {
    match: tokens.map((t) => `${quote(t)}*`).join(' '),
    exact: tokens.join(''),
  };
}
