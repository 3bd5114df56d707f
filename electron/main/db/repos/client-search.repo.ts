import { normalizeSearchText, wordsStartWith } from '../../../../shared/domain/search-text';
import type { ClientSearchQuery } from '../../services/clients/search-query';
import { clientSearchKeys, KEY_KIND } from '../../services/clients/search-keys';
import type { Db } from '../connection';
import { SEARCH_COLUMNS, type SearchRecord } from './clients.repo';
import { prepared } from './client-statements.repo';

/**
 * F9 in tiers, best first; a tier is read only while fewer than `limit` rows are found:
 *   exact ERP code or document → exact name → name starting with the query → a later word of
 *   the name starting with the query → the client's e-mail/phone → a contact person (name,
 *   then a later word, then e-mail/phone) → the query's words in another order.
 * Inside a tier: the user's recently opened clients first, then ABC class, then the key in
 * order (a shorter name that starts the same way comes first). Every read is one key range of
 * client_search_keys (or of a unique index) with a LIMIT, so the cost does not grow with the
 * number of matches: "a" at 1,000,000 clients reads about as many rows as "brandao".
 */

/** Upper bound of a prefix range: the prefix with its last character incremented. */
const after = (prefix: string): string =>
  prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);

/**
 * A range that has to be filtered ("bran equip": names from "bran…" whose later words start
 * with "equip") reads at most this many keys, so a query whose first word is very common stays
 * bounded; what lies past the cap is not listed (the agent types one more letter).
 */
export const FILTER_SCAN_CAP = 300;
const RECENT_LOOKBACK = 50;
/** Only the longest words of a long query start a words-in-any-order read. */
const ANY_ORDER_STARTS = 2;

/** Keys are plain letters, digits and spaces, so they never hold GLOB's special characters. */
const wordsGlob = (words: readonly string[]): string => `${words.join('* ')}*`;

const anyOrderSql = (others: number): string =>
  `SELECT key, client_id, contact_id, boost FROM (
      SELECT key, client_id, contact_id, boost FROM client_search_keys
      WHERE kind = ? AND boost IN (0, 1, 2) AND key >= ? AND key < ? ORDER BY boost, key LIMIT ${FILTER_SCAN_CAP}
    ) WHERE ${Array.from({ length: others }, () => `key GLOB ?`).join(' AND ')} LIMIT ?`;

export const CLIENT_SEARCH_SQL = {
  exactCode: `SELECT c.id FROM clients c WHERE c.erp_code = ?`,
  exactDocument: `SELECT c.id FROM clients c WHERE c.document = ? LIMIT ?`,
  codePrefix: `SELECT c.id, c.erp_code AS key FROM clients c WHERE c.erp_code >= ? AND c.erp_code < ? ORDER BY c.erp_code LIMIT ?`,
  documentPrefix: `SELECT c.id, c.document AS key FROM clients c WHERE c.document >= ? AND c.document < ? ORDER BY c.document LIMIT ?`,
  exactKey: `SELECT key, client_id, contact_id, boost FROM client_search_keys
    WHERE kind = ? AND boost IN (0, 1, 2) AND key = ? ORDER BY boost LIMIT ?`,
  keyRange: `SELECT key, client_id, contact_id, boost FROM client_search_keys
    WHERE kind = ? AND boost IN (0, 1, 2) AND key >= ? AND key < ? ORDER BY boost, key LIMIT ?`,
  keyRangeWords: `SELECT key, client_id, contact_id, boost FROM (
      SELECT key, client_id, contact_id, boost FROM client_search_keys
      WHERE kind = ? AND boost IN (0, 1, 2) AND key >= ? AND key < ? ORDER BY boost, key LIMIT ${FILTER_SCAN_CAP}
    ) WHERE key GLOB ? LIMIT ?`,
  anyOrder: anyOrderSql(1),
  recent: `SELECT c.id, c.legal_name, c.trade_name, c.responsible, c.emails, c.phones, c.abc_class
    FROM recent_clients r JOIN clients c ON c.id = r.client_id
    WHERE r.user_id = ? ORDER BY r.opened_at DESC LIMIT ${RECENT_LOOKBACK}`,
} as const;

export interface ClientSearchHit extends SearchRecord {
  /** The contact person the row was found by, when not found by the client itself. */
  contact_name: string | null;
}

interface Candidate {
  id: number;
  /** Set on exact-name matches, to put the spelling typed (joining words included) first. */
  exactName?: boolean;
  contactId: number | null;
  recent: number;
  boost: number;
  key: string;
}

interface KeyRow {
  key: string;
  client_id: number;
  contact_id: number;
  boost: number;
}

interface RecentRow {
  id: number;
  legal_name: string;
  trade_name: string | null;
  responsible: string | null;
  emails: string;
  phones: string;
  abc_class: string;
}

type RecentKeys = { id: number; rank: number; keys: [number, string][] }[];

/** One tier: a read of at most `need` rows, and the same test in JS for recent clients. */
interface Tier {
  kind: number;
  exact?: boolean;
  read: (need: number) => KeyRow[];
  accepts: (key: string) => boolean;
}

const byRank = (a: Candidate, b: Candidate): number =>
  a.recent - b.recent || a.boost - b.boost || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

class Collector {
  readonly found = new Map<number, Candidate>();
  constructor(readonly limit: number) {}
  get full(): boolean {
    return this.found.size >= this.limit;
  }
  add(tier: Candidate[]): void {
    for (const c of tier.sort(byRank)) {
      if (this.full) return;
      if (!this.found.has(c.id)) this.found.set(c.id, c);
    }
  }
}

const exactTier = (db: Db, kind: number, key: string): Tier => ({
  kind,
  exact: true,
  accepts: (k) => k === key,
  read: (need) => prepared(db, CLIENT_SEARCH_SQL.exactKey).all(kind, key, need) as KeyRow[],
});

/** Keys starting with `prefix`; with several words, also keys whose words start with them in order. */
function prefixTier(db: Db, kind: number, prefix: string, words: readonly string[] | null): Tier {
  const filtered = words !== null && words.length > 1;
  return {
    kind,
    accepts: (k) => k.startsWith(prefix) || (filtered && wordsStartWith(k, words)),
    read: (need) => {
      const rows = prepared(db, CLIENT_SEARCH_SQL.keyRange).all(
        kind,
        prefix,
        after(prefix),
        need,
      ) as KeyRow[];
      if (!filtered || rows.length >= need) return rows;
      const first = words[0] as string;
      const more = prepared(db, CLIENT_SEARCH_SQL.keyRangeWords).all(
        kind,
        first,
        after(first),
        wordsGlob(words),
        need,
      ) as KeyRow[];
      return rows.concat(more);
    },
  };
}

/** The words in any order: keys starting with one of the longest words and holding the others. */
function anyOrderTier(db: Db, kind: number, words: readonly string[]): Tier {
  const starts = [...words].sort((a, b) => b.length - a.length).slice(0, ANY_ORDER_STARTS);
  const holds = (k: string, w: string) => k.startsWith(w) || k.includes(` ${w}`);
  return {
    kind,
    accepts: (k) => words.every((w) => holds(k, w)),
    read: (need) =>
      starts.flatMap((start) => {
        const others = words.filter((w) => w !== start);
        if (others.length === 0) return [];
        return prepared(db, anyOrderSql(others.length)).all(
          kind,
          start,
          after(start),
          ...others.map((w) => `* ${w}*`),
          need,
        ) as KeyRow[];
      }),
  };
}

function tiersFor(db: Db, q: ClientSearchQuery): Tier[] {
  const K = KEY_KIND;
  if (q.kind === 'code' || q.kind === 'email') {
    return [prefixTier(db, K.address, q.compact, null), prefixTier(db, K.contactAddress, q.compact, null)];
  }
  const address = q.compact.length >= 3;
  const tiers = [
    exactTier(db, K.name, q.text),
    prefixTier(db, K.name, q.text, q.words),
    prefixTier(db, K.nameWord, q.text, q.words),
    ...(address ? [prefixTier(db, K.address, q.compact, null)] : []),
    exactTier(db, K.contactName, q.text),
    prefixTier(db, K.contactName, q.text, q.words),
    prefixTier(db, K.contactWord, q.text, q.words),
    ...(address ? [prefixTier(db, K.contactAddress, q.compact, null)] : []),
  ];
  if (q.words.length > 1) {
    tiers.push(anyOrderTier(db, K.name, q.words), anyOrderTier(db, K.nameWord, q.words));
    tiers.push(anyOrderTier(db, K.contactName, q.words));
  }
  return tiers;
}

/**
 * Keys of recently opened clients, by the fields they come from: the same few clients come back
 * on every keystroke, and folding their names again each time was half of a search's cost.
 */
const recentKeyCache = new Map<string, [number, string][]>();
const RECENT_CACHE_MAX = 5000;

function keysOf(r: RecentRow): [number, string][] {
  const id = [r.legal_name, r.trade_name, r.responsible, r.emails, r.phones, r.abc_class].join('\u0000');
  let keys = recentKeyCache.get(id);
  if (!keys) {
    keys = clientSearchKeys({
      legalName: r.legal_name,
      tradeName: r.trade_name,
      responsible: r.responsible,
      emails: r.emails,
      phones: r.phones,
      abcClass: r.abc_class,
    }).map(([kind, , key]): [number, string] => [kind, key]);
    if (recentKeyCache.size >= RECENT_CACHE_MAX) recentKeyCache.clear();
    recentKeyCache.set(id, keys);
  }
  return keys;
}

/** Recently opened clients of this user, with their keys, to lift them inside each tier. */
function recentKeys(db: Db, userId: number | null): RecentKeys {
  if (userId == null) return [];
  return (prepared(db, CLIENT_SEARCH_SQL.recent).all(userId) as RecentRow[]).map((r, rank) => ({
    id: r.id,
    rank,
    keys: keysOf(r),
  }));
}

const codeHit = (id: number, key = '', boost = 0): Candidate => ({
  id,
  contactId: null,
  recent: RECENT_LOOKBACK,
  boost,
  key,
});

function readCodes(db: Db, q: ClientSearchQuery, out: Collector): void {
  const code = prepared(db, CLIENT_SEARCH_SQL.exactCode);
  const first: Candidate[] = [];
  for (const c of new Set([q.raw, q.compact])) {
    const r = code.get(c) as { id: number } | undefined;
    if (r) first.push({ ...codeHit(r.id), recent: 0 });
  }
  out.add(first);
  if (q.compact === '' || (q.kind !== 'code' && !/^\d+$/.test(q.compact))) return;
  const docs = prepared(db, CLIENT_SEARCH_SQL.exactDocument).all(q.compact, out.limit) as { id: number }[];
  out.add(docs.map((r) => codeHit(r.id)));
  if (q.kind !== 'code' || out.full) return;
  // A code or document being typed: shortest first ("824" → "8240…" before "82401234…").
  const hi = after(q.compact);
  const prefixed = [
    ...(prepared(db, CLIENT_SEARCH_SQL.codePrefix).all(q.compact, hi, out.limit) as {
      id: number;
      key: string;
    }[]),
    ...(prepared(db, CLIENT_SEARCH_SQL.documentPrefix).all(q.compact, hi, out.limit) as {
      id: number;
      key: string;
    }[]),
  ];
  out.add(prefixed.map((r) => codeHit(r.id, r.key, r.key.length)));
}

function readTier(tier: Tier, recent: RecentKeys, out: Collector): void {
  const candidates = new Map<number, Candidate>();
  const contact = tier.kind >= KEY_KIND.contactName;
  for (const r of recent) {
    if (out.found.has(r.id)) continue;
    const hit = r.keys.find(([kind, key]) => kind === tier.kind && tier.accepts(key));
    if (hit)
      candidates.set(r.id, {
        id: r.id,
        contactId: contact ? 0 : null,
        recent: r.rank,
        boost: 0,
        key: hit[1],
      });
  }
  const need = out.limit - out.found.size - candidates.size;
  if (need > 0) {
    // Legal and trade name may both match, and rows already listed come back: read enough.
    for (const row of tier.read(2 * need + out.found.size)) {
      if (out.found.has(row.client_id) || candidates.has(row.client_id)) continue;
      candidates.set(row.client_id, {
        id: row.client_id,
        exactName: tier.exact,
        contactId: contact ? row.contact_id : null,
        recent: RECENT_LOOKBACK,
        boost: row.boost,
        key: row.key,
      });
    }
  }
  out.add([...candidates.values()]);
}

/** The display rows, in found order, with the contact name for rows found by a contact person. */
function loadHits(db: Db, found: Candidate[]): ClientSearchHit[] {
  if (found.length === 0) return [];
  const ids = found.map((c) => c.id);
  const rows = db
    .prepare(
      `SELECT ${SEARCH_COLUMNS}, c.responsible FROM clients c WHERE c.id IN (${ids.map(() => '?').join(',')})`,
    )
    .all(...ids) as (SearchRecord & { responsible: string })[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const contactIds = found.map((c) => c.contactId).filter((id): id is number => id != null && id > 0);
  const contactNames = new Map(
    contactIds.length === 0
      ? []
      : (
          db
            .prepare(
              `SELECT id, name FROM client_contacts WHERE id IN (${contactIds.map(() => '?').join(',')})`,
            )
            .all(...contactIds) as { id: number; name: string }[]
        ).map((r) => [r.id, r.name]),
  );
  return found.flatMap((c) => {
    const r = byId.get(c.id);
    if (!r) return [];
    const { responsible, ...record } = r;
    const contact =
      c.contactId == null ? null : c.contactId === 0 ? responsible : (contactNames.get(c.contactId) ?? null);
    return [{ ...record, contact_name: contact }];
  });
}

export function searchClientRecords(
  db: Db,
  q: ClientSearchQuery,
  limit: number,
  userId: number | null,
): ClientSearchHit[] {
  const out = new Collector(limit);
  readCodes(db, q, out);
  const recent = out.full ? [] : recentKeys(db, userId);
  for (const tier of tiersFor(db, q)) {
    if (out.full) break;
    readTier(tier, recent, out);
  }
  return typedSpellingFirst(loadHits(db, [...out.found.values()]), [...out.found.values()], q.raw);
}

/**
 * Exact names match without joining words ("Equipamentos e Elétricos" = "Equipamentos
 * Elétricos"); among them, the name spelt as typed goes first. Exact rows are contiguous, so a
 * stable sort of that run keeps every other position.
 */
function typedSpellingFirst(hits: ClientSearchHit[], found: Candidate[], raw: string): ClientSearchHit[] {
  const typed = normalizeSearchText(raw);
  const spelt = (h: ClientSearchHit) =>
    normalizeSearchText(h.legal_name) === typed || normalizeSearchText(h.trade_name ?? '') === typed ? 0 : 1;
  const start = found.findIndex((c) => c.exactName && c.contactId == null);
  if (start < 0 || hits.length !== found.length) return hits;
  let end = start;
  while (end < found.length && found[end]?.exactName && found[end]?.contactId == null) end++;
  const run = hits.slice(start, end).sort((a, b) => spelt(a) - spelt(b));
  return [...hits.slice(0, start), ...run, ...hits.slice(end)];
}
