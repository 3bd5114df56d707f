/**
 * Deterministic demo clients for the console: same seed, same clients, so screenshots, e2e
 * tests and bug reports can point at "client 82467786" and mean the same thing everywhere.
 * Generation only; writing to SQLite lives in seed-db.ts.
 */
import { cnpjCheckDigits } from '../../shared/domain/document';
import { addDays } from '../../shared/domain/dates';
import { createPrng, type Prng } from '../../shared/domain/prng';
import { MAX_DEMO_CLIENTS, alphanumericCnpjFor, cpfFor, erpCodeFor, numericCnpjFor } from './identifiers';
import * as names from './names';
import { PLACES, UF_CEP_RANGES, type Place } from './places';

export type DemoAddressKind = 'delivery' | 'billing' | 'extra2' | 'extra3';
export type DemoCreditStatus = 'ADIMPLENTE' | 'INADIMPLENTE' | 'BLOQUEADO' | 'EM_ANALISE';

export interface DemoAddress {
  kind: DemoAddressKind;
  street: string;
  number: string;
  complement: string;
  district: string;
  city: string;
  uf: string;
  cep: string;
  fax?: string | null;
}

export interface DemoClient {
  erpCode: string;
  legalName: string;
  tradeName: string | null;
  document: string;
  personType: 'F' | 'J';
  status: 'active' | 'inactive';
  creditLimitCents: number;
  availableBalanceCents: number;
  creditStatus: DemoCreditStatus;
  abcClass: 'A' | 'B' | 'C';
  lastPurchaseDate: string | null;
  segment: string;
  clientGroup: string | null;
  responsible: string;
  emails: string[];
  phones: string[];
  site: string | null;
  city: string;
  uf: string;
  currency: 'BRL';
  paymentMethod: string;
  language: 'pt-BR';
  accountingAccount: string;
  preferredAppointmentDay: string | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
  addresses: DemoAddress[];
}

export const DEFAULT_DEMO_SEED = 20260722;
/** "Today" of the demo data set: purchase dates fall in the two years before it. */
export const DEMO_REFERENCE_DATE = '2026-11-22';
const REFERENCE_MS = Date.parse('2026-11-22T18:00:00.000Z');
const FIRST_CREATED_MS = Date.parse('2010-01-04T12:00:00.000Z');
const FIXED_CNPJ_BASE = '024077860001';
// The 731 days up to the reference date, computed once instead of once per client.
const PURCHASE_DATES = Array.from({ length: 731 }, (_, daysAgo) => {
  const date = addDays(DEMO_REFERENCE_DATE, -daysAgo);
  return { date, noonMs: Date.parse(`${date}T12:00:00.000Z`) };
});
const CONSUMER_SEGMENT = 'Consumidor final';
const COMPANY_SEGMENTS = names.SEGMENTS.filter((segment) => segment !== CONSUMER_SEGMENT);

/** The showcase client of the product document, always first. */
export function fixedDemoClient(): DemoClient {
  const address = {
    street: 'Avenida Getúlio Vargas',
    number: '1200',
    complement: '',
    district: 'Centro',
    city: 'Chapecó',
    uf: 'SC',
    cep: '89801000',
    fax: null,
  };
  return {
    erpCode: '82467786',
    legalName: 'Maximino Santin Comércio de Alimentos Ltda',
    tradeName: '82467786 MAXIMINO SA',
    // The document shows 02.407.786/0001-07, which fails the mod-11 check; the valid DV is 91.
    document: FIXED_CNPJ_BASE + cnpjCheckDigits(FIXED_CNPJ_BASE),
    personType: 'J',
    status: 'active',
    creditLimitCents: 1_000_000,
    availableBalanceCents: 964_808,
    creditStatus: 'ADIMPLENTE',
    abcClass: 'B',
    lastPurchaseDate: '2026-11-10',
    segment: 'Varejo alimentar',
    clientGroup: 'Rede Oeste Catarinense',
    responsible: 'José Maximino',
    emails: ['patrick.fonseca@gmail.com'],
    phones: ['4933221100', '49999871234'],
    site: null,
    city: 'Chapecó',
    uf: 'SC',
    currency: 'BRL',
    paymentMethod: 'Boleto bancário',
    language: 'pt-BR',
    accountingAccount: '1.1.2.01.001',
    preferredAppointmentDay: 'Segunda-feira',
    notes: 'Cliente prefere contato pela manhã.',
    createdAt: '2014-03-10T13:20:00.000Z',
    updatedAt: '2026-11-10T17:45:00.000Z',
    addresses: [
      { kind: 'delivery', ...address },
      { kind: 'billing', ...address },
    ],
  };
}

const slugCache = new Map<string, string>();
/** Lowercase ASCII for e-mails and domains: "Conceição" → "conceicao". */
function slug(text: string): string {
  let value = slugCache.get(text);
  if (value === undefined) {
    value = text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '');
    slugCache.set(text, value);
  }
  return value;
}

const digits = (prng: Prng, length: number): string =>
  String(prng.int(0, 10 ** length - 1)).padStart(length, '0');
const landline = (prng: Prng, ddd: string): string => `${ddd}${prng.int(2, 5)}${digits(prng, 7)}`;
const mobile = (prng: Prng, ddd: string): string => `${ddd}9${prng.int(6, 9)}${digits(prng, 7)}`;

function cep(prng: Prng, uf: string): string {
  const [first, last] = prng.pick(UF_CEP_RANGES[uf] ?? [[1_000_000, 99_999_999] as const]);
  return String(prng.int(first, last)).padStart(8, '0');
}

function address(prng: Prng, kind: DemoAddressKind, place: Place): DemoAddress {
  return {
    kind,
    street: prng.pick(names.STREET_NAMES),
    number: prng.chance(0.05) ? 'S/N' : String(prng.int(1, 4999)),
    complement: prng.chance(0.3) ? prng.pick(names.ADDRESS_COMPLEMENTS) : '',
    district: prng.pick(names.DISTRICTS),
    city: place.city,
    uf: place.uf,
    cep: cep(prng, place.uf),
    fax: prng.chance(0.08) ? landline(prng, place.ddd) : null,
  };
}

function personName(prng: Prng): { first: string; last: string; full: string } {
  const first = prng.pick(prng.chance(0.5) ? names.FIRST_NAMES_MALE : names.FIRST_NAMES_FEMALE);
  const middle = prng.chance(0.5) ? ` ${prng.pick(names.SURNAMES)}` : '';
  const last = prng.pick(names.SURNAMES);
  return { first, last, full: `${first}${middle} ${last}` };
}

// ERP fantasy names are often "<code> <first 11 letters of the razão social>", like the showcase client.
const erpStyleTradeName = (erpCode: string, legalName: string): string =>
  `${erpCode} ${legalName.toUpperCase().slice(0, 11).trimEnd()}`;

function companyNames(
  prng: Prng,
  erpCode: string,
): { legalName: string; tradeName: string | null; domain: string } {
  const family = prng.pick(names.SURNAMES);
  const suffix = prng.pick(names.LEGAL_SUFFIXES);
  const style = prng.int(0, 2);
  const activity = prng.pick(names.COMPANY_ACTIVITIES);
  const core = prng.pick(names.COMPANY_NAME_CORES);
  const legalName =
    style === 0
      ? `${family} ${activity} ${suffix}`
      : style === 1
        ? `${core} ${family} ${suffix}`
        : `${family} & ${prng.pick(names.SURNAMES)} ${activity} ${suffix}`;
  const roll = prng.next();
  const tradeName =
    roll < 0.45
      ? erpStyleTradeName(erpCode, legalName)
      : roll < 0.85
        ? `${core} ${prng.pick(names.TRADE_NAME_WORDS)}`
        : null;
  return {
    legalName,
    tradeName,
    domain: `${slug(family)}${slug(style === 1 ? core : (activity.split(' ')[0] ?? ''))}.com.br`,
  };
}

function creditFor(prng: Prng, personType: 'F' | 'J', abcClass: 'A' | 'B' | 'C') {
  // Limits are set in whole R$ 100 steps, as credit analysts do.
  const [low, high] =
    personType === 'F' ? [0, 150] : abcClass === 'A' ? [500, 5000] : abcClass === 'B' ? [100, 500] : [0, 100];
  const creditLimitCents = prng.int(low, high) * 10_000;
  const overdrawn = prng.chance(0.03);
  const availableBalanceCents = overdrawn
    ? -prng.int(1, Math.max(100_000, creditLimitCents / 5))
    : creditLimitCents - prng.int(0, creditLimitCents);
  const roll = prng.next();
  const creditStatus: DemoCreditStatus = overdrawn
    ? prng.chance(0.6)
      ? 'INADIMPLENTE'
      : 'BLOQUEADO'
    : roll < 0.82
      ? 'ADIMPLENTE'
      : roll < 0.89
        ? 'INADIMPLENTE'
        : roll < 0.93
          ? 'BLOQUEADO'
          : 'EM_ANALISE';
  return { creditLimitCents, availableBalanceCents, creditStatus };
}

function randomClient(index: number, prng: Prng): DemoClient {
  const place = prng.pick(PLACES);
  const personType = prng.chance(0.7) ? 'J' : 'F';
  const erpCode = erpCodeFor(index);
  const abcClass = prng.chance(0.2) ? 'A' : prng.chance(0.375) ? 'B' : 'C';

  let legalName: string;
  let tradeName: string | null;
  let document: string;
  let emails: string[];
  let site: string | null = null;
  if (personType === 'J') {
    const company = companyNames(prng, erpCode);
    legalName = company.legalName;
    tradeName = company.tradeName;
    document = prng.chance(0.02) ? alphanumericCnpjFor(index) : numericCnpjFor(index);
    const mailboxes = new Set([prng.pick(names.COMPANY_MAILBOXES), prng.pick(names.COMPANY_MAILBOXES)]);
    emails = [...mailboxes]
      .slice(0, prng.chance(0.1) ? 0 : prng.int(1, 2))
      .map((box) => `${box}@${company.domain}`);
    if (prng.chance(0.4)) site = `https://www.${company.domain}`;
  } else {
    const person = personName(prng);
    legalName = person.full;
    tradeName = prng.chance(0.1) ? erpStyleTradeName(erpCode, legalName) : null;
    document = cpfFor(index, place.uf);
    const number = prng.chance(0.5) ? String(prng.int(1, 99)) : '';
    emails = prng.chance(0.85)
      ? [`${slug(person.first)}.${slug(person.last)}${number}@${prng.pick(names.EMAIL_DOMAINS)}`]
      : [];
  }

  const phones = [personType === 'J' ? landline(prng, place.ddd) : mobile(prng, place.ddd)];
  if (prng.chance(0.5)) phones.push(mobile(prng, place.ddd));

  const lastPurchase = prng.chance(0.05) ? null : prng.pick(PURCHASE_DATES);
  const createdUntil = lastPurchase ? lastPurchase.noonMs : REFERENCE_MS;
  const createdMs = FIRST_CREATED_MS + Math.floor(prng.next() * (createdUntil - FIRST_CREATED_MS));
  const updatedMs = createdMs + Math.floor(prng.next() * (REFERENCE_MS - createdMs));

  const addresses = [address(prng, 'delivery', place)];
  if (prng.chance(0.55)) addresses.push(address(prng, 'billing', place));
  if (prng.chance(0.1)) addresses.push(address(prng, 'extra2', place));
  if (prng.chance(0.03)) addresses.push(address(prng, 'extra3', place));

  const credit = creditFor(prng, personType, abcClass);
  return {
    erpCode,
    legalName,
    tradeName,
    document,
    personType,
    status: prng.chance(0.92) ? 'active' : 'inactive',
    creditLimitCents: credit.creditLimitCents,
    availableBalanceCents: credit.availableBalanceCents,
    creditStatus: credit.creditStatus,
    abcClass,
    lastPurchaseDate: lastPurchase ? lastPurchase.date : null,
    segment: personType === 'F' && prng.chance(0.7) ? CONSUMER_SEGMENT : prng.pick(COMPANY_SEGMENTS),
    clientGroup: prng.chance(0.35) ? prng.pick(names.CLIENT_GROUPS) : null,
    responsible: `${personName(prng).first} ${prng.pick(names.SURNAMES)}`,
    emails,
    phones,
    site,
    city: place.city,
    uf: place.uf,
    currency: 'BRL',
    paymentMethod: prng.pick(names.PAYMENT_METHODS),
    language: 'pt-BR',
    accountingAccount: personType === 'J' ? '1.1.2.01.001' : '1.1.2.01.002',
    preferredAppointmentDay: prng.chance(0.4) ? prng.pick(names.APPOINTMENT_DAYS) : null,
    notes: prng.chance(0.3) ? prng.pick(names.NOTES) : '',
    createdAt: new Date(Math.floor(createdMs / 1000) * 1000).toISOString(),
    updatedAt: new Date(Math.floor(updatedMs / 1000) * 1000).toISOString(),
    addresses,
  };
}

/** Streams `count` clients; the first is always the showcase client 82467786. */
export function* generateDemoClients(opts: { count: number; seed?: number }): Generator<DemoClient> {
  const { count } = opts;
  if (!Number.isInteger(count) || count < 0 || count > MAX_DEMO_CLIENTS) {
    throw new RangeError(`count must be an integer in [0, ${MAX_DEMO_CLIENTS}]: ${count}`);
  }
  const prng = createPrng(opts.seed ?? DEFAULT_DEMO_SEED);
  if (count > 0) yield fixedDemoClient();
  for (let index = 1; index < count; index++) yield randomClient(index, prng);
}
