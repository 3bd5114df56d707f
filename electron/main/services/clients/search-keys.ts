import { compactSearchText, searchNameKey } from '../../../../shared/domain/search-text';

/**
 * What F9 can find a client by, as rows of client_search_keys (migration 0330). Each kind is
 * one ranking tier; the order below is the order results are listed in.
 */
export const KEY_KIND = {
  /** Whole normalized legal or trade name: exact and "starts with" matches. */
  name: 0,
  /** The name from its 2nd, 3rd… word on: "silva" finds "Jose da Silva Comercio". */
  nameWord: 1,
  /** The client's own e-mails and phones, compacted. */
  address: 2,
  /** Responsável and contact persons' names. */
  contactName: 3,
  contactWord: 4,
  /** Contact persons' e-mails and phones. */
  contactAddress: 5,
} as const;

export type SearchKey = [kind: number, boost: number, key: string];

/** ABC class as a sort key (A first); unknown sorts last. */
export const abcBoost = (abc: string | null): number => (abc === 'A' ? 0 : abc === 'B' ? 1 : 2);

/** Words that never start a useful search on their own: skipped as word starts to save space. */
const NOT_A_START = new Set([
  'de',
  'da',
  'do',
  'das',
  'dos',
  'e',
  'ltda',
  'me',
  'epp',
  'eireli',
  'sa',
  's',
  'a',
  'cia',
  'filhos',
]);
/** Word-start keys only need enough of the tail to tell "silva comercio" from "silva transportes". */
const WORD_KEY_MAX = 40;

function nameKeys(out: SearchKey[], name: string | null, whole: number, word: number, boost: number): void {
  const key = searchNameKey(name ?? '');
  if (key === '') return;
  out.push([whole, boost, key]);
  const words = key.split(' ');
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    if (w.length < 2 || NOT_A_START.has(w)) continue;
    out.push([word, boost, words.slice(i).join(' ').slice(0, WORD_KEY_MAX)]);
  }
}

function emailKeys(out: SearchKey[], email: string, kind: number, boost: number): void {
  const whole = compactSearchText(email);
  if (whole !== '') out.push([kind, boost, whole]);
}

function phoneKeys(out: SearchKey[], phone: string, kind: number, boost: number): void {
  const digits = phone.replace(/\D/g, '');
  if (digits === '') return;
  out.push([kind, boost, digits]);
  // Agents often type the number without the area code (DDD).
  if (digits.length >= 10) out.push([kind, boost, digits.slice(2)]);
}

function unique(keys: SearchKey[]): SearchKey[] {
  const seen = new Set<string>();
  return keys.filter((k) => {
    const id = `${k[0]}|${k[1]}|${k[2]}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

const jsonList = (text: string | null): string[] => {
  try {
    const v: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
};

export interface ClientKeyFields {
  legalName: string;
  tradeName: string | null;
  responsible: string | null;
  /** JSON arrays, as stored in clients.emails / clients.phones. */
  emails: string | null;
  phones: string | null;
  abcClass: string | null;
}

export function clientSearchKeys(c: ClientKeyFields): SearchKey[] {
  const boost = abcBoost(c.abcClass);
  const out: SearchKey[] = [];
  nameKeys(out, c.legalName, KEY_KIND.name, KEY_KIND.nameWord, boost);
  nameKeys(out, c.tradeName, KEY_KIND.name, KEY_KIND.nameWord, boost);
  for (const e of jsonList(c.emails)) emailKeys(out, e, KEY_KIND.address, boost);
  for (const p of jsonList(c.phones)) phoneKeys(out, p, KEY_KIND.address, boost);
  nameKeys(out, c.responsible, KEY_KIND.contactName, KEY_KIND.contactWord, boost);
  return unique(out);
}

/**
 * A contact person's keys. Without the client's class (the client is being deleted, or its
 * class changed) the keys of every class are returned, so a delete finds them whatever class
 * they were written with.
 */
export function contactSearchKeys(
  name: string,
  email: string | null,
  phone: string | null,
  abcClass: string | null | undefined,
): SearchKey[] {
  const boosts = abcClass == null ? [0, 1, 2] : [abcBoost(abcClass)];
  const out: SearchKey[] = [];
  for (const boost of boosts) {
    nameKeys(out, name, KEY_KIND.contactName, KEY_KIND.contactWord, boost);
    if (email) emailKeys(out, email, KEY_KIND.contactAddress, boost);
    if (phone) phoneKeys(out, phone, KEY_KIND.contactAddress, boost);
  }
  return unique(out);
}
