import { describe, it, expect } from 'vitest';
import { isValidCnpj, isValidCpf, personTypeOf } from '../../../shared/domain/document';
import { isValidEmail, isValidPhoneBR, isValidUrl } from '../../../shared/domain/contact';
import { daysBetween } from '../../../shared/domain/dates';
import { generateDemoClients, type DemoClient } from '../../../db/seed/clients';
import { PLACES, UF_CEP_RANGES } from '../../../db/seed/places';

const SAMPLE = 20_000;
const clients: DemoClient[] = [...generateDemoClients({ count: SAMPLE })];

// Written out independently of places.ts so a typo there (city in the wrong UF, wrong DDD) fails here.
const KNOWN_PLACES = [
  ['SC', 'Chapecó', '49'],
  ['SC', 'Joinville', '47'],
  ['SP', 'São Paulo', '11'],
  ['SP', 'Campinas', '19'],
  ['PE', 'Recife', '81'],
  ['PR', 'Maringá', '44'],
  ['RS', 'Caxias do Sul', '54'],
  ['DF', 'Brasília', '61'],
  ['AM', 'Manaus', '92'],
  ['BA', 'Feira de Santana', '75'],
] as const;
const ALL_UFS = 'AC AL AM AP BA CE DF ES GO MA MG MS MT PA PB PE PI PR RJ RN RO RR RS SC SE SP TO'.split(' ');

describe('generateDemoClients', () => {
  // Speed belongs to `npm run bench`, not to a timed test that a busy machine makes flaky.
  it('generates exactly the 200,000 clients asked for, each with a distinct ERP code', () => {
    const codes = new Set<string>();
    for (const c of generateDemoClients({ count: 200_000 })) codes.add(c.erpCode);
    expect(codes.size).toBe(200_000);
  });

  it('starts with the showcase client of the product document', () => {
    const first = clients[0];
    expect(first).toMatchObject({
      erpCode: '82467786',
      legalName: 'Maximino Santin Comércio de Alimentos Ltda',
      tradeName: '82467786 MAXIMINO SA',
      document: '02407786000191',
      personType: 'J',
      city: 'Chapecó',
      uf: 'SC',
      creditLimitCents: 1_000_000,
      availableBalanceCents: 964_808,
      creditStatus: 'ADIMPLENTE',
      responsible: 'José Maximino',
      emails: ['patrick.fonseca@gmail.com'],
    });
  });

  it('is deterministic: same seed, same clients; another seed, other clients', () => {
    const again = [...generateDemoClients({ count: 500, seed: 20260722 })];
    expect(again).toEqual(clients.slice(0, 500));
    const other = [...generateDemoClients({ count: 500, seed: 7 })];
    expect(other[0]).toEqual(clients[0]);
    expect(other.slice(1).map((c) => c.legalName)).not.toEqual(clients.slice(1, 500).map((c) => c.legalName));
  });

  it('gives every client a valid document matching its person type', () => {
    for (const c of clients) {
      const valid = c.personType === 'F' ? isValidCpf(c.document) : isValidCnpj(c.document);
      expect(valid, `${c.erpCode} ${c.document}`).toBe(true);
      expect(personTypeOf(c.document)).toBe(c.personType);
    }
  });

  it('mixes about 70% companies and 30% persons, with some alphanumeric CNPJs', () => {
    const companies = clients.filter((c) => c.personType === 'J');
    expect(companies.length / SAMPLE).toBeGreaterThan(0.67);
    expect(companies.length / SAMPLE).toBeLessThan(0.73);
    const alphanumeric = companies.filter((c) => /[A-Z]/.test(c.document)).length / companies.length;
    expect(alphanumeric).toBeGreaterThan(0.01);
    expect(alphanumeric).toBeLessThan(0.03);
  });

  it('never repeats an ERP code or a document', () => {
    expect(new Set(clients.map((c) => c.erpCode)).size).toBe(SAMPLE);
    expect(new Set(clients.map((c) => c.document)).size).toBe(SAMPLE);
    for (const c of clients) expect(c.erpCode).toMatch(/^[1-9]\d{7}$/);
  });

  it('uses only real UF/city pairs and the DDD of the city', () => {
    expect(new Set(PLACES.map((p) => p.uf))).toEqual(new Set(ALL_UFS));
    expect(PLACES.length).toBeGreaterThanOrEqual(60);
    for (const [uf, city, ddd] of KNOWN_PLACES) expect(PLACES).toContainEqual({ uf, city, ddd });

    const dddOf = new Map(PLACES.map((p) => [`${p.uf}/${p.city}`, p.ddd]));
    for (const c of clients) {
      const ddd = dddOf.get(`${c.uf}/${c.city}`);
      expect(ddd, `${c.uf}/${c.city}`).toBeDefined();
      for (const phone of c.phones) {
        expect(phone.startsWith(ddd ?? '')).toBe(true);
        expect(isValidPhoneBR(phone), phone).toBe(true);
      }
    }
  });

  it('keeps the accents of Brazilian names', () => {
    const text = clients.map((c) => c.legalName).join('\n');
    for (const word of ['José', 'João', 'Conceição', 'Gonçalves', 'Araújo']) expect(text).toContain(word);
  });

  it('writes plausible ASCII e-mails and http(s) sites', () => {
    for (const c of clients) {
      for (const email of c.emails) {
        expect(isValidEmail(email), email).toBe(true);
        expect(email).toMatch(/^[a-z0-9.@+-]+$/);
      }
      if (c.site !== null) expect(isValidUrl(c.site)).toBe(true);
    }
  });

  it('keeps money and dates within the business rules', () => {
    for (const c of clients) {
      expect(Number.isSafeInteger(c.creditLimitCents) && c.creditLimitCents >= 0).toBe(true);
      expect(Number.isSafeInteger(c.availableBalanceCents)).toBe(true);
      expect(c.availableBalanceCents).toBeLessThanOrEqual(c.creditLimitCents);
      if (c.lastPurchaseDate !== null) {
        const age = daysBetween(c.lastPurchaseDate, '2026-11-22');
        expect(age >= 0 && age <= 731).toBe(true);
      }
      expect(Date.parse(c.createdAt)).toBeLessThanOrEqual(Date.parse(c.updatedAt));
    }
    const negative = clients.filter((c) => c.availableBalanceCents < 0).length / SAMPLE;
    expect(negative).toBeGreaterThan(0);
    expect(negative).toBeLessThan(0.06);
  });

  it('gives every client a delivery address with a CEP from its UF range', () => {
    for (const c of clients) {
      expect(c.addresses[0]?.kind).toBe('delivery');
      expect(new Set(c.addresses.map((a) => a.kind)).size).toBe(c.addresses.length);
      for (const a of c.addresses) {
        expect(a.cep).toMatch(/^\d{8}$/);
        const cep = Number(a.cep);
        const ranges = UF_CEP_RANGES[a.uf] ?? [];
        expect(
          ranges.some(([first, last]) => cep >= first && cep <= last),
          `${a.uf} ${a.cep}`,
        ).toBe(true);
      }
    }
  });
});
