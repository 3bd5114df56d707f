/**
 * Deterministic demo records behind every tab of the client screen: contacts, activities,
 * support tickets, billing documents with items and exclusive products. Generation only;
 * client-records-db.ts writes them. Same seed and client index, same records.
 */
import { initialsOf } from '../../shared/domain/contact';
import type { ContactFields } from '../../shared/ipc/dto/client-contacts';
import type { BillingDocumentItem, BillingDocumentKind } from '../../shared/ipc/dto/client-billing';
import type { ActivityKind } from '../../shared/ipc/dto/client-activities';
import { addDays } from '../../shared/domain/dates';
import type { Prng } from '../../shared/domain/prng';
import * as catalog from './client-catalog';
import { DEMO_REFERENCE_DATE, type DemoClient } from './clients';
import * as names from './names';

export interface DemoActivity {
  kind: ActivityKind;
  title: string;
  dueAt: string;
  status: 'open' | 'done';
  doneAt: string | null;
  ownerName: string;
  at: string;
}

export interface DemoTicket {
  description: string;
  progress: number;
  status: 'open' | 'closed';
  openedAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface DemoDocument {
  kind: BillingDocumentKind;
  number: string;
  issuedOn: string;
  category: string;
  netCents: number;
  relatedNumber: string | null;
  items: BillingDocumentItem[];
}

export interface DemoProduct {
  code: string;
  description: string;
  details: string;
  unit: string;
  priceCents: number;
  validUntil: string | null;
  category: string;
}

export interface DemoClientRecords {
  contacts: ContactFields[];
  activities: DemoActivity[];
  tickets: DemoTicket[];
  documents: DemoDocument[];
  products: DemoProduct[];
}

/** Running NF-e and credit-note numbers: one issuer (the distributor) numbers every client's documents. */
export interface DocumentNumbers {
  invoice: number;
  creditNote: number;
}

export interface RecordCounts {
  documents?: number;
  activities?: number;
}

// Days around the reference date, computed once instead of once per record.
const PAST_DAYS = 730;
const FUTURE_DAYS = 60;
const DAYS = Array.from({ length: PAST_DAYS + FUTURE_DAYS + 1 }, (_, i) =>
  addDays(DEMO_REFERENCE_DATE, i - PAST_DAYS),
);
const dayAt = (offset: number): string => DAYS[offset + PAST_DAYS] as string;
// Brazil has had no daylight saving time since 2019, so demo dates are always UTC-3.
const instant = (date: string, hour: number, minute: number): string =>
  new Date(Date.parse(`${date}T00:00:00.000Z`) + ((hour + 3) * 60 + minute) * 60_000).toISOString();
const REFERENCE_INSTANT = instant(DEMO_REFERENCE_DATE, 15, 0);

const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

const between = (prng: Prng, [low, high]: readonly [number, number]): number => prng.int(low, high);

function sizeOf(client: DemoClient): 'A' | 'B' | 'C' | 'F' {
  return client.personType === 'F' ? 'F' : client.abcClass;
}

const DOCUMENT_COUNTS = { A: [20, 40], B: [10, 25], C: [3, 12], F: [1, 6] } as const;
const ACTIVITY_COUNTS = { A: [8, 20], B: [4, 12], C: [1, 6], F: [0, 4] } as const;

function contactsFor(prng: Prng, client: DemoClient): ContactFields[] {
  const count = client.personType === 'F' ? (prng.chance(0.3) ? 1 : 0) : prng.int(1, 4);
  const domain = client.emails[0]?.split('@')[1] ?? 'gmail.com';
  const ddd = client.phones[0]?.slice(0, 2) ?? '11';
  const company = client.tradeName && !/^\d/.test(client.tradeName) ? client.tradeName : client.legalName;
  const contacts: ContactFields[] = [];
  for (let i = 0; i < count; i++) {
    const first = prng.pick(prng.chance(0.5) ? names.FIRST_NAMES_MALE : names.FIRST_NAMES_FEMALE);
    const last = prng.pick(names.SURNAMES);
    const { role, tags } =
      client.personType === 'F' ? catalog.CONTACT_ROLES[6]! : prng.pick(catalog.CONTACT_ROLES);
    const outside = role === 'Contador';
    const name = `${first} ${last}`;
    contacts.push({
      name,
      initials: initialsOf(name),
      company: outside ? `Escritório Contábil ${prng.pick(names.SURNAMES)}` : company,
      role,
      email: `${slug(first)}.${slug(last)}@${outside ? 'gmail.com' : domain}`,
      phone: `${ddd}9${prng.int(6, 9)}${String(prng.int(0, 9_999_999)).padStart(7, '0')}`,
      tags: [...tags],
    });
  }
  return contacts;
}

function activityTitle(
  prng: Prng,
  kind: ActivityKind,
  client: Pick<DemoClient, 'erpCode' | 'legalName'>,
): string {
  if (kind === 'task') return prng.pick(catalog.TASK_TITLES);
  if (kind === 'appointment') return prng.pick(catalog.APPOINTMENT_TITLES);
  return prng.chance(0.4)
    ? `Chamada - ${client.erpCode} ${client.legalName.toUpperCase().slice(0, 16).trimEnd()}`
    : `Chamada: ${prng.pick(catalog.CALL_TOPICS)}`;
}

export function demoActivities(
  prng: Prng,
  client: Pick<DemoClient, 'erpCode' | 'legalName'>,
  count: number,
): DemoActivity[] {
  const out: DemoActivity[] = [];
  for (let i = 0; i < count; i++) {
    const roll = prng.next();
    const kind: ActivityKind = roll < 0.5 ? 'call' : roll < 0.8 ? 'task' : 'appointment';
    const offset = prng.chance(0.85) ? -prng.int(0, 365) : prng.int(1, FUTURE_DAYS);
    const dueAt = instant(dayAt(offset), prng.int(8, 17), prng.pick([0, 15, 30, 45]));
    const done = dueAt < REFERENCE_INSTANT && prng.chance(0.85);
    out.push({
      kind,
      title: activityTitle(prng, kind, client),
      dueAt,
      status: done ? 'done' : 'open',
      doneAt: done ? dueAt : null,
      ownerName: prng.pick(catalog.AGENT_NAMES),
      at: instant(dayAt(Math.min(offset, 0) - prng.int(0, 10)), 9, 0),
    });
  }
  return out;
}

function ticketsFor(prng: Prng): DemoTicket[] {
  const count = prng.chance(0.5) ? 0 : prng.int(1, 3);
  const out: DemoTicket[] = [];
  for (let i = 0; i < count; i++) {
    const openedOffset = -prng.int(0, 180);
    const openedAt = instant(dayAt(openedOffset), prng.int(8, 17), prng.int(0, 59));
    const closed = openedOffset < -7 && prng.chance(0.6);
    const updatedAt = instant(
      dayAt(Math.min(0, openedOffset + prng.int(0, 7))),
      prng.int(8, 17),
      prng.int(0, 59),
    );
    out.push({
      description: prng.pick(catalog.TICKET_DESCRIPTIONS),
      progress: closed ? 100 : prng.int(0, 9) * 10,
      status: closed ? 'closed' : 'open',
      openedAt,
      updatedAt: updatedAt < openedAt ? openedAt : updatedAt,
      closedAt: closed ? (updatedAt < openedAt ? openedAt : updatedAt) : null,
    });
  }
  return out;
}

function productsFor(prng: Prng, client: DemoClient): DemoProduct[] {
  const size = sizeOf(client);
  const count =
    size === 'A'
      ? prng.chance(0.7)
        ? prng.int(1, 3)
        : 0
      : size === 'B'
        ? prng.chance(0.4)
          ? prng.int(1, 2)
          : 0
        : 0;
  const start = prng.int(0, catalog.EXCLUSIVE_TEMPLATES.length - 1);
  return Array.from({ length: count }, (_, i) => {
    const t = catalog.EXCLUSIVE_TEMPLATES[(start + i) % catalog.EXCLUSIVE_TEMPLATES.length]!;
    return {
      code: `EXC-${client.erpCode}-${String(i + 1).padStart(2, '0')}`,
      description: t.description,
      details: t.details,
      unit: t.unit,
      priceCents: t.priceCents,
      validUntil: prng.chance(0.5) ? '2027-06-30' : null,
      category: t.category,
    };
  });
}

function line(n: number, p: catalog.CatalogProduct, quantity: number): BillingDocumentItem {
  return {
    line: n,
    productCode: p.code,
    description: p.description,
    unit: p.unit,
    quantity,
    unitCents: p.priceCents,
    totalCents: quantity * p.priceCents,
  };
}

const invoiceNumber = (n: number): string => `1-${String(n).padStart(9, '0')}`;
const creditNoteNumber = (n: number): string => `NC-${String(n).padStart(9, '0')}`;

export function demoDocuments(
  prng: Prng,
  count: number,
  products: DemoProduct[],
  numbers: DocumentNumbers,
): DemoDocument[] {
  const offsets = Array.from({ length: count }, () => -prng.int(0, PAST_DAYS - 1)).sort((a, b) => a - b);
  const out: DemoDocument[] = [];
  for (const offset of offsets) {
    const exclusive = products.length > 0 && prng.chance(0.25) ? prng.pick(products) : null;
    const category = exclusive ? exclusive.category : prng.pick(catalog.CATEGORIES);
    const pool = catalog.CATALOG[category] ?? [];
    const items: BillingDocumentItem[] = [];
    if (exclusive) items.push(line(1, exclusive, prng.int(1, 20)));
    const extra = pool.length === 0 ? 0 : prng.int(exclusive ? 0 : 1, Math.min(3, pool.length));
    for (let i = 0; i < extra; i++) {
      const p = pool[(i + prng.int(0, pool.length - 1)) % pool.length]!;
      if (items.some((it) => it.productCode === p.code)) continue;
      items.push(line(items.length + 1, p, p.unit === 'SV' || p.unit === 'MES' ? 1 : prng.int(1, 40)));
    }
    const issuedOn = dayAt(offset);
    const invoice: DemoDocument = {
      kind: 'invoice',
      number: invoiceNumber(++numbers.invoice),
      issuedOn,
      category,
      netCents: items.reduce((sum, it) => sum + it.totalCents, 0),
      relatedNumber: null,
      items,
    };
    out.push(invoice);
    const returned = items[items.length - 1];
    if (returned && returned.quantity > 1 && prng.chance(0.06)) {
      const quantity = prng.int(1, returned.quantity - 1);
      out.push({
        kind: 'credit_note',
        number: creditNoteNumber(++numbers.creditNote),
        issuedOn: dayAt(Math.min(0, offset + prng.int(1, 10))),
        category,
        netCents: quantity * returned.unitCents,
        relatedNumber: invoice.number,
        items: [
          {
            ...returned,
            line: 1,
            description: `Devolução: ${returned.description}`,
            quantity,
            totalCents: quantity * returned.unitCents,
          },
        ],
      });
    }
  }
  return out;
}

export function generateClientRecords(
  prng: Prng,
  client: DemoClient,
  numbers: DocumentNumbers,
  counts: RecordCounts = {},
  productsOverride?: DemoProduct[],
): DemoClientRecords {
  const size = sizeOf(client);
  const contacts = contactsFor(prng, client);
  const generatedProducts = productsFor(prng, client);
  const products = productsOverride ?? generatedProducts;
  const activities = demoActivities(prng, client, counts.activities ?? between(prng, ACTIVITY_COUNTS[size]));
  const tickets = ticketsFor(prng);
  const documents = demoDocuments(
    prng,
    counts.documents ?? between(prng, DOCUMENT_COUNTS[size]),
    products,
    numbers,
  );
  return { contacts, activities, tickets, documents, products };
}
