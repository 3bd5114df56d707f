/**
 * Incremental reads of the ERP tables: `alteradoDesde` filter, opaque page tokens, and a
 * cursor (the instant the read started) to pass as the next `alteradoDesde`.
 *
 * Generated data never changes after BASE_MAX_CHANGED_AT, so a read from a later instant only
 * looks at the overlays (credit write-backs, titles paid through the test handle). A full read
 * walks the clients in register order; its token remembers the client index and how many of
 * that client's rows were already sent, so it survives a simulator restart.
 */
import type { DemoClient } from '../../../db/seed/clients';
import { factsOf, type ClientSource } from './client-source';
import { commerceFor, SELLERS, SUPPLIERS, type ClientCommerce, type GenericRow } from './commerce';
import { clientJson, titleJson, type CreditOverride, type RegisterEdit } from './records';
import type { ConsentOverride } from './consent';
import { titleCountFor, titlesFor, type SimTitle } from './titles';
import { openOrdersFor, orderOwner, withOverride, type ExtraOrder, type OrderOverride } from './orders';

export const ERP_TABLES = [
  'contato',
  'cotacao',
  'empresa',
  'empresa-marca',
  'fatura',
  'fornecedor',
  'itens-cotacao',
  'itens-nota',
  'itens-pedido',
  'nota',
  'pedido',
  'vendedor',
] as const;
export type TableName = (typeof ERP_TABLES)[number];

/** Latest `alteradoEm` of generated data (the demo reference instant). */
export const BASE_MAX_CHANGED_AT = '2026-11-22T18:00:00.000Z';
/** A page never walks more clients than this, so one request stays short even when few rows match. */
const MAX_CLIENTS_PER_PAGE = 20_000;

type Row = { chave: string; alteradoEm: string } & Record<string, unknown>;

export interface TableData {
  clients: ClientSource;
  seed: number;
  totalTitles: number;
  credit: Map<string, CreditOverride>;
  registerEdits: Map<string, RegisterEdit>;
  titlePatches: Map<string, (t: SimTitle) => SimTitle>;
  /** Credit decisions and ERP-side changes of orders, by order number. */
  orders: Map<string, OrderOverride>;
  /** Orders added through the test handle, by order number. */
  extraOrders: Map<string, ExtraOrder>;
  consent?: Map<string, ConsentOverride>;
}

const COMMERCE_TABLE: Partial<Record<TableName, keyof ClientCommerce>> = {
  'empresa-marca': 'brands',
  pedido: 'orders',
  'itens-pedido': 'orderItems',
  nota: 'invoices',
  'itens-nota': 'invoiceItems',
  cotacao: 'quotes',
  'itens-cotacao': 'quoteItems',
};

export function clientTitles(
  data: TableData,
  index: number,
  client: Parameters<typeof factsOf>[1] | null,
): SimTitle[] {
  const facts = client ? factsOf(index, client) : data.clients.facts(index);
  return titlesFor(facts, titleCountFor(index, data.clients.count, data.totalTitles), data.seed).map(
    (t) => data.titlePatches.get(t.key)?.(t) ?? t,
  );
}

function rowsOfClient(data: TableData, table: TableName, index: number, client: DemoClient): Row[] {
  if (table === 'empresa' || table === 'contato') {
    const wanted = table === 'empresa' ? 'J' : 'F';
    return client.personType === wanted
      ? [
          clientJson(
            client,
            data.credit.get(client.erpCode),
            data.registerEdits.get(client.erpCode),
            data.consent?.get(client.erpCode),
          ),
        ]
      : [];
  }
  if (table === 'fatura') return clientTitles(data, index, client).map(titleJson);
  if (table === 'pedido' || table === 'itens-pedido') return orderRowsOfClient(data, table, index, client);
  const part = COMMERCE_TABLE[table];
  return part ? (commerceFor(factsOf(index, client), data.seed)[part] as GenericRow[]) : [];
}

/** Invoiced orders, open ones (with the ERP's credit evaluation) and test-added ones of one client. */
export function orderRowsOfClient(
  data: TableData,
  table: 'pedido' | 'itens-pedido',
  index: number,
  client: DemoClient,
): Row[] {
  const facts = factsOf(index, client);
  const commerce = commerceFor(facts, data.seed);
  const open = openOrdersFor(facts, clientTitles(data, index, client), data.seed);
  const extras = [...data.extraOrders.values()].filter((e) => e.index === index);
  if (table === 'itens-pedido')
    return [...commerce.orderItems, ...open.items, ...extras.flatMap((e) => e.items)];
  return [...commerce.orders, ...open.orders, ...extras.map((e) => e.row)].map((r) =>
    withOverride(r, data.orders.get(r.chave)),
  );
}

/** Client index of an order number, or null when no client could have it. */
export function orderIndex(data: TableData, numero: string): number | null {
  const extra = data.extraOrders.get(numero);
  if (extra) return extra.index;
  const owner = orderOwner(numero);
  return owner !== null && owner < data.clients.count ? owner : null;
}

interface Token {
  t: TableName;
  s: string;
  d: string | null;
  /** full read: next client index and rows of it already sent */
  i?: number;
  k?: number;
  /** overlay read: last (alteradoEm, chave) sent */
  a?: string;
  c?: string;
}

const encodeToken = (t: Token): string => Buffer.from(JSON.stringify(t)).toString('base64url');

export function decodeToken(raw: string, table: TableName): Token | null {
  try {
    const t = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Token;
    return t && t.t === table && typeof t.s === 'string' ? t : null;
  } catch {
    return null;
  }
}

export interface TablePage {
  tabela: TableName;
  registros: Row[];
  proximaPagina: string | null;
  cursor: string;
}

function fullRead(data: TableData, token: Token, size: number): TablePage {
  const rows: Row[] = [];
  const keep = (r: Row) => token.d === null || r.alteradoEm >= token.d;
  if (token.t === 'vendedor' || token.t === 'fornecedor') {
    const all = (token.t === 'vendedor' ? SELLERS : SUPPLIERS).filter(keep);
    const start = token.i ?? 0;
    const next = start + size;
    return {
      tabela: token.t,
      registros: all.slice(start, next),
      proximaPagina: next < all.length ? encodeToken({ ...token, i: next }) : null,
      cursor: token.s,
    };
  }
  const first = token.i ?? 0;
  let skip = token.k ?? 0;
  let nextToken: Token | null = null;
  for (const { index, client } of data.clients.scan(first)) {
    if (index - first >= MAX_CLIENTS_PER_PAGE) {
      nextToken = { ...token, i: index, k: 0 };
      break;
    }
    const own = rowsOfClient(data, token.t, index, client).filter(keep);
    const room = size - rows.length;
    const take = own.slice(skip, skip + room);
    rows.push(...take);
    if (skip + take.length < own.length) {
      nextToken = { ...token, i: index, k: skip + take.length };
      break;
    }
    skip = 0;
    if (rows.length >= size) {
      if (index + 1 < data.clients.count) nextToken = { ...token, i: index + 1, k: 0 };
      break;
    }
  }
  return {
    tabela: token.t,
    registros: rows,
    proximaPagina: nextToken ? encodeToken(nextToken) : null,
    cursor: token.s,
  };
}

/** Rows changed after the generated data, i.e. through the overlays, ordered by (alteradoEm, chave). */
function overlayRows(data: TableData, table: TableName, since: string): Row[] {
  const indices = new Set<number>();
  if (table === 'empresa' || table === 'contato') {
    for (const [code, o] of data.credit)
      if (o.alteradoEm >= since) indices.add(data.clients.indexOf(code) ?? -1);
    for (const [code, e] of data.registerEdits)
      if (e.alteradoEm >= since) indices.add(data.clients.indexOf(code) ?? -1);
    for (const [code, o] of data.consent ?? [])
      if (o.alteradoEm >= since) indices.add(data.clients.indexOf(code) ?? -1);
  } else if (table === 'fatura') {
    for (const key of data.titlePatches.keys()) indices.add(titleOwner(key));
  } else if (table === 'pedido' || table === 'itens-pedido') {
    if (table === 'pedido')
      for (const [numero, o] of data.orders)
        if (o.alteradoEm >= since) indices.add(orderIndex(data, numero) ?? -1);
    for (const e of data.extraOrders.values()) if (e.row.alteradoEm >= since) indices.add(e.index);
  }
  indices.delete(-1);
  const rows: Row[] = [];
  const sorted = [...indices].sort((a, b) => a - b);
  for (const index of sorted) {
    for (const { client } of data.clients.scan(index)) {
      rows.push(...rowsOfClient(data, table, index, client).filter((r) => r.alteradoEm >= since));
      break;
    }
  }
  return rows.sort((x, y) =>
    x.alteradoEm === y.alteradoEm ? x.chave.localeCompare(y.chave) : x.alteradoEm < y.alteradoEm ? -1 : 1,
  );
}

/** Client index of a title key ("<título>/<parcela>"). */
export function titleOwner(key: string): number {
  const n = Number(key.split('/')[0]);
  return n >= 1_000_000 ? Math.floor((n - 1_000_000) / 64) : 0;
}

function overlayRead(data: TableData, token: Token, size: number): TablePage {
  const since = token.d as string;
  const after = (r: Row) =>
    token.a === undefined ||
    r.alteradoEm > token.a ||
    (r.alteradoEm === token.a && r.chave > (token.c ?? ''));
  const rows = overlayRows(data, token.t, since).filter(after);
  const page = rows.slice(0, size);
  const last = page[page.length - 1];
  return {
    tabela: token.t,
    registros: page,
    proximaPagina:
      rows.length > size && last ? encodeToken({ ...token, a: last.alteradoEm, c: last.chave }) : null,
    cursor: token.s,
  };
}

export function readTable(
  data: TableData,
  table: TableName,
  q: { since: string | null; pageToken: string | null; size: number; now: string },
): TablePage | 'badToken' {
  let token: Token;
  if (q.pageToken) {
    const decoded = decodeToken(q.pageToken, table);
    if (!decoded) return 'badToken';
    token = decoded;
  } else token = { t: table, s: q.now, d: q.since };
  return token.d !== null && token.d > BASE_MAX_CHANGED_AT
    ? overlayRead(data, token, q.size)
    : fullRead(data, token, q.size);
}
