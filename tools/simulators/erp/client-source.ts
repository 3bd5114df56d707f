/**
 * The ERP's client register, generated from the same deterministic demo data as the console's
 * demo database (same seed and count, so ERP codes and documents match). Clients are produced
 * by a stream, never held as objects: scans reuse a live generator positioned where the last
 * page stopped, and random access by ERP code goes through a compact columnar directory built
 * once, on first use.
 */
import { generateDemoClients, type DemoClient } from '../../../db/seed/clients';
import { erpCodeFor } from '../../../db/seed/identifiers';

export interface ClientFacts {
  index: number;
  erpCode: string;
  personType: 'F' | 'J';
  legalName: string;
  document: string;
  abcClass: 'A' | 'B' | 'C';
  creditStatus: DemoClient['creditStatus'];
  creditLimitCents: number;
  availableBalanceCents: number;
  lastPurchaseDate: string | null;
  city: string;
  uf: string;
  addressLine: string;
  cep: string;
}

const ERP_CODE_MULTIPLIER = 61_803_401n;
const ERP_CODE_SPACE = 90_000_000n;
const ERP_CODE_OFFSET = BigInt(82_467_786 - 10_000_000);

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}
const ERP_CODE_INVERSE = modInverse(ERP_CODE_MULTIPLIER, ERP_CODE_SPACE);

const CREDIT_STATUSES = ['ADIMPLENTE', 'INADIMPLENTE', 'BLOQUEADO', 'EM_ANALISE'] as const;
const ABC = ['A', 'B', 'C'] as const;
const DAY_MS = 86_400_000;

export function factsOf(index: number, c: DemoClient): ClientFacts {
  const address = c.addresses.find((a) => a.kind === 'billing') ?? c.addresses[0];
  return {
    index,
    erpCode: c.erpCode,
    personType: c.personType,
    legalName: c.legalName,
    document: c.document,
    abcClass: c.abcClass,
    creditStatus: c.creditStatus,
    creditLimitCents: c.creditLimitCents,
    availableBalanceCents: c.availableBalanceCents,
    lastPurchaseDate: c.lastPurchaseDate,
    city: c.city,
    uf: c.uf,
    addressLine: address
      ? `${address.street}, ${address.number}${address.complement ? ` ${address.complement}` : ''} - ${address.district}`
      : '',
    cep: address?.cep ?? '',
  };
}

interface Cursor {
  next: number;
  it: Iterator<DemoClient>;
  /** The client yielded last: a page that stopped in the middle of its rows resumes on it. */
  last: { index: number; client: DemoClient } | null;
}

/** Columnar copy of what random access needs: ~250 bytes per client instead of a ~2 kB object. */
class Directory {
  private readonly text: string[];
  private readonly numbers: Float64Array;
  private readonly flags: Uint8Array;

  constructor(count: number, clients: Iterable<DemoClient>) {
    this.text = new Array<string>(count * 6);
    this.numbers = new Float64Array(count * 3);
    this.flags = new Uint8Array(count * 3);
    let i = 0;
    for (const c of clients) {
      const f = factsOf(i, c);
      const row = [f.legalName, f.document, f.city, f.uf, f.addressLine, f.cep];
      for (let k = 0; k < 6; k++) this.text[i * 6 + k] = row[k] as string;
      this.numbers[i * 3] = f.creditLimitCents;
      this.numbers[i * 3 + 1] = f.availableBalanceCents;
      this.numbers[i * 3 + 2] = f.lastPurchaseDate
        ? Date.parse(`${f.lastPurchaseDate}T00:00:00Z`) / DAY_MS
        : -1;
      this.flags[i * 3] = f.personType === 'J' ? 1 : 0;
      this.flags[i * 3 + 1] = ABC.indexOf(f.abcClass);
      this.flags[i * 3 + 2] = CREDIT_STATUSES.indexOf(f.creditStatus);
      i++;
    }
  }

  facts(index: number): ClientFacts {
    const t = (k: number) => this.text[index * 6 + k] as string;
    const day = this.numbers[index * 3 + 2] as number;
    return {
      index,
      erpCode: erpCodeFor(index),
      personType: this.flags[index * 3] === 1 ? 'J' : 'F',
      legalName: t(0),
      document: t(1),
      abcClass: ABC[this.flags[index * 3 + 1] as number] as ClientFacts['abcClass'],
      creditStatus: CREDIT_STATUSES[this.flags[index * 3 + 2] as number] as ClientFacts['creditStatus'],
      creditLimitCents: this.numbers[index * 3] as number,
      availableBalanceCents: this.numbers[index * 3 + 1] as number,
      lastPurchaseDate: day < 0 ? null : new Date(day * DAY_MS).toISOString().slice(0, 10),
      city: t(2),
      uf: t(3),
      addressLine: t(4),
      cep: t(5),
    };
  }
}

export class ClientSource {
  private readonly cursors: Cursor[] = [];
  private directory: Directory | null = null;

  constructor(
    readonly count: number,
    private readonly seed: number | undefined,
  ) {}

  /** Index of an ERP code in this data set, or null when the ERP has no such client. */
  indexOf(erpCode: string): number | null {
    if (!/^\d{8}$/.test(erpCode)) return null;
    const value = BigInt(erpCode) - 10_000_000n;
    if (value < 0n) return null;
    const index = Number(
      ((((value - ERP_CODE_OFFSET) % ERP_CODE_SPACE) + ERP_CODE_SPACE) * ERP_CODE_INVERSE) % ERP_CODE_SPACE,
    );
    return index < this.count && erpCodeFor(index) === erpCode ? index : null;
  }

  facts(index: number): ClientFacts {
    this.directory ??= new Directory(this.count, generateDemoClients({ count: this.count, seed: this.seed }));
    return this.directory.facts(index);
  }

  /** Clients from `index` on, in register order. Reuses the generator a previous page left there. */
  *scan(index: number): Generator<{ index: number; client: DemoClient }> {
    const cursor = this.take(index);
    try {
      if (cursor.last?.index === index) yield cursor.last;
      while (cursor.next < this.count) {
        const r = cursor.it.next();
        if (r.done) return;
        cursor.last = { index: cursor.next++, client: r.value };
        yield cursor.last;
      }
    } finally {
      this.park(cursor);
    }
  }

  private take(index: number): Cursor {
    const exact = this.cursors.findIndex((c) => c.last?.index === index);
    if (exact >= 0) return this.cursors.splice(exact, 1)[0] as Cursor;
    let best = -1;
    for (let i = 0; i < this.cursors.length; i++) {
      const c = this.cursors[i] as Cursor;
      if (c.next <= index && (best < 0 || c.next > (this.cursors[best] as Cursor).next)) best = i;
    }
    const cursor: Cursor =
      best >= 0
        ? (this.cursors.splice(best, 1)[0] as Cursor)
        : { next: 0, it: generateDemoClients({ count: this.count, seed: this.seed }), last: null };
    while (cursor.next < index && !cursor.it.next().done) cursor.next++;
    cursor.last = null;
    return cursor;
  }

  private park(cursor: Cursor): void {
    if (cursor.next >= this.count) return;
    this.cursors.push(cursor);
    if (this.cursors.length > 8) this.cursors.shift();
  }
}
