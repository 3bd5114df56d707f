/**
 * The one folding used by F9 both when the search keys are written (SQLite function
 * `search_keys`, see electron/main/db/search-functions.ts) and when a query is read, so that
 * "JOSÉ", "josé" and "jose" meet. Case and accents fold the Portuguese way; the odd letters
 * agents type or ERPs export (º, ª, dotted İ, ł, ø, ß, æ) fold to the plain letters a
 * keyboard without them would give. Anything that is not a letter or digit separates words.
 *
 * Changing what this returns changes the stored keys: ship it with a migration that rebuilds
 * client_search_keys (the delete triggers recompute the old keys to find them).
 */
const EXTRA: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const EXTRA_RE = /[ßæœøłđðþı]/g;

export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(EXTRA_RE, (c) => EXTRA[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Joining words ("de", "da", "e"…) are left out of names on both sides, so "comercio
 * alimentos" starts "Comércio de Alimentos Ltda" and "brandao lopes" starts "Brandão & Lopes".
 * A query made only of them is kept as it is.
 */
const JOINING = new Set(['de', 'da', 'do', 'das', 'dos', 'e', 'del', 'di', 'du', 'y']);

export function searchNameKey(text: string): string {
  const words = normalizeSearchText(text).split(' ');
  const kept = words.filter((w) => !JOINING.has(w));
  return (kept.length > 0 ? kept : words).join(' ');
}

/** Letters and digits only: e-mails, phones, documents and codes compared as one run. */
export const compactSearchText = (text: string): string => normalizeSearchText(text).replace(/ /g, '');

/**
 * True when every query word starts a word of `key`, in order, the first one starting the
 * first word ("bran equip" → "brandao equipamentos eletricos epp"; words may be skipped after
 * the first). Both sides already normalized.
 */
export function wordsStartWith(key: string, queryWords: readonly string[]): boolean {
  const words = key.split(' ');
  let w = 0;
  for (let i = 0; i < queryWords.length; i++) {
    const q = queryWords[i] as string;
    if (i === 0) {
      if (!(words[0] ?? '').startsWith(q)) return false;
      w = 1;
      continue;
    }
    while (w < words.length && !(words[w] as string).startsWith(q)) w++;
    if (w === words.length) return false;
    w++;
  }
  return true;
}
