/**
 * Receivable titles (duplicatas) of one client, derived from the client's index alone, so
 * 2,000,000 titles never exist at once: a page regenerates the few clients it covers.
 * The boleto "nosso número" encodes where a title comes from — (index * 64 + título) * 4 +
 * parcela, with parcela 1..3 — so a boleto id leads back to its client without a lookup table.
 * The showcase client's two open boletos of the product document use numbers divisible by 4,
 * which the formula never produces.
 */
import { DEMO_REFERENCE_DATE } from '../../../db/seed/clients';
import { addDays } from '../../../shared/domain/dates';
import { createPrng, type Prng } from '../../../shared/domain/prng';
import type { ClientFacts } from './client-source';
import { buildBarcode, digitableLineFromBarcode } from './febraban';

export const ENVIRONMENTS = [
  { code: '3000', name: 'Distribuidora' },
  { code: '4000', name: 'Varejo' },
  { code: '5000', name: 'Indústria' },
] as const;

const BANK_CODE = '001';
const AGENCY_ACCOUNT = '3125004587';

export type TitleStatus = 'ABERTO' | 'PARCIAL' | 'PAGO' | 'CANCELADO';
export type MovementKind = 'LANCAMENTO' | 'COBRANCA' | 'ESTORNO_COBRANCA';

export interface SimMovement {
  tipo: MovementKind;
  data: string;
  valorCents: number;
}

export interface SimTitle {
  key: string;
  erpCode: string;
  titleNumber: string;
  installment: number;
  issueDate: string;
  dueDate: string;
  amountCents: number;
  paidCents: number;
  paymentDate: string | null;
  status: TitleStatus;
  environmentCode: string;
  environment: string;
  boletoId: string;
  barcode: string;
  digitableLine: string;
  movements: SimMovement[];
  changedAt: string;
}

type TitleFacts = Pick<ClientFacts, 'index' | 'erpCode' | 'abcClass' | 'creditStatus'>;

/** Installments of client `index` when `total` titles are spread over `clients` clients (sums to exactly `total`). */
export function titleCountFor(index: number, clients: number, total: number): number {
  return Math.floor(((index + 1) * total) / clients) - Math.floor((index * total) / clients);
}

/** The showcase client (index 0) has the product document's titles, whatever its share. */
export const SHOWCASE_TITLE_COUNT = 5;

/** Titles the ERP serves in all: `total` with the showcase client's share replaced by its own titles. */
export function servedTitleCount(clients: number, total: number): number {
  return clients === 0 ? 0 : total - titleCountFor(0, clients, total) + SHOWCASE_TITLE_COUNT;
}

const clientPrng = (seed: number, index: number, salt: number): Prng =>
  createPrng((seed ^ Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(salt, 0x85ebca6b)) >>> 0);

// Business events happen in the afternoon, São Paulo time.
const changedAtOf = (date: string): string => `${date}T17:30:00.000Z`;
const minDate = (a: string, b: string): string => (a < b ? a : b);

function boletoNumbers(envCode: string, nossoNumero: number, dueDate: string, amountCents: number) {
  const nn = String(nossoNumero).padStart(10, '0');
  const barcode = buildBarcode({
    bankCode: BANK_CODE,
    dueDate,
    amountCents,
    freeField: `${envCode}${nn}${AGENCY_ACCOUNT}0`,
  });
  return { boletoId: `${envCode}-${nn}`, barcode, digitableLine: digitableLineFromBarcode(barcode) };
}

interface TitleDraft {
  erpCode: string;
  titleNumber: string;
  installment: number;
  issueDate: string;
  dueDate: string;
  amountCents: number;
  env: (typeof ENVIRONMENTS)[number];
  nossoNumero: number;
  outcome:
    | { kind: 'open' }
    | { kind: 'paid'; date: string; reversed: boolean }
    | { kind: 'partial'; date: string; paidCents: number }
    | { kind: 'cancelled'; date: string };
}

function finish(d: TitleDraft): SimTitle {
  const movements: SimMovement[] = [{ tipo: 'LANCAMENTO', data: d.issueDate, valorCents: d.amountCents }];
  let status: TitleStatus = 'ABERTO';
  let paidCents = 0;
  let paymentDate: string | null = null;
  const o = d.outcome;
  if (o.kind === 'paid') {
    if (o.reversed) {
      const first = addDays(o.date, -4);
      movements.push(
        { tipo: 'COBRANCA', data: first, valorCents: d.amountCents },
        { tipo: 'ESTORNO_COBRANCA', data: addDays(first, 2), valorCents: d.amountCents },
      );
    }
    movements.push({ tipo: 'COBRANCA', data: o.date, valorCents: d.amountCents });
    status = 'PAGO';
    paidCents = d.amountCents;
    paymentDate = o.date;
  } else if (o.kind === 'partial') {
    movements.push({ tipo: 'COBRANCA', data: o.date, valorCents: o.paidCents });
    status = 'PARCIAL';
    paidCents = o.paidCents;
    paymentDate = o.date;
  } else if (o.kind === 'cancelled') {
    status = 'CANCELADO';
  }
  const last = movements.reduce((max, m) => (m.data > max ? m.data : max), d.issueDate);
  const changedOn = o.kind === 'cancelled' ? o.date : last;
  const boleto = boletoNumbers(
    d.env.code,
    d.nossoNumero,
    d.dueDate,
    d.amountCents - paidCents || d.amountCents,
  );
  return {
    key: `${d.titleNumber}/${d.installment}`,
    erpCode: d.erpCode,
    titleNumber: d.titleNumber,
    installment: d.installment,
    issueDate: d.issueDate,
    dueDate: d.dueDate,
    amountCents: d.amountCents,
    paidCents,
    paymentDate,
    status,
    environmentCode: d.env.code,
    environment: d.env.name,
    ...boleto,
    movements,
    changedAt: changedAtOf(minDate(changedOn, DEMO_REFERENCE_DATE)),
  };
}

const TICKET_RANGE: Record<TitleFacts['abcClass'], [number, number]> = {
  A: [50_000, 2_000_000],
  B: [10_000, 300_000],
  C: [5_000, 80_000],
};

function showcaseTitles(f: TitleFacts): SimTitle[] {
  const env = ENVIRONMENTS[0];
  const base = { erpCode: f.erpCode, env };
  const paid = (n: number, issue: string, pay: string): TitleDraft => ({
    ...base,
    titleNumber: '0045871',
    installment: n,
    issueDate: issue,
    dueDate: addDays(issue, 30 * n),
    amountCents: 17_596,
    nossoNumero: 4 * n + 1,
    outcome: { kind: 'paid', date: pay, reversed: n === 2 },
  });
  return [
    finish(paid(1, '2026-08-10', '2026-09-09')),
    finish(paid(2, '2026-08-10', '2026-10-08')),
    finish(paid(3, '2026-08-10', '2026-11-06')),
    finish({
      ...base,
      titleNumber: '0048112',
      installment: 1,
      issueDate: '2026-11-12',
      dueDate: '2026-12-12',
      amountCents: 17_596,
      nossoNumero: 1_348_020,
      outcome: { kind: 'open' },
    }),
    finish({
      ...base,
      titleNumber: '0048390',
      installment: 1,
      issueDate: '2026-11-18',
      dueDate: '2026-12-18',
      amountCents: 17_596,
      nossoNumero: 1_355_908,
      outcome: { kind: 'open' },
    }),
  ];
}

/** `count` installments of one client, in a stable order. */
export function titlesFor(f: TitleFacts, count: number, seed: number): SimTitle[] {
  if (f.index === 0) return showcaseTitles(f);
  const prng = clientPrng(seed, f.index, 1);
  const inArrears = f.creditStatus === 'INADIMPLENTE' || f.creditStatus === 'BLOQUEADO';
  const [low, high] = TICKET_RANGE[f.abcClass];
  const out: SimTitle[] = [];
  for (let t = 0; out.length < count && t < 64; t++) {
    const installments = Math.min(prng.int(1, 3), count - out.length);
    const issueDate = addDays(DEMO_REFERENCE_DATE, -prng.int(0, 720));
    const total = prng.int(low, high);
    const env = prng.pick(ENVIRONMENTS);
    for (let p = 1; p <= installments; p++) {
      const dueDate = addDays(issueDate, 30 * p);
      const amountCents =
        p < installments
          ? Math.floor(total / installments)
          : total - Math.floor(total / installments) * (installments - 1);
      const draft: TitleDraft = {
        erpCode: f.erpCode,
        titleNumber: String(1_000_000 + f.index * 64 + t),
        installment: p,
        issueDate,
        dueDate,
        amountCents,
        env,
        nossoNumero: (f.index * 64 + t) * 4 + p,
        outcome: { kind: 'open' },
      };
      if (dueDate <= DEMO_REFERENCE_DATE) {
        const roll = prng.next();
        const payDate = minDate(addDays(dueDate, prng.int(-5, 10)), DEMO_REFERENCE_DATE);
        if (roll < (inArrears ? 0.3 : 0.02)) draft.outcome = { kind: 'open' };
        else if (roll < (inArrears ? 0.36 : 0.04))
          draft.outcome = { kind: 'partial', date: payDate, paidCents: Math.floor(amountCents / 2) };
        else if (roll < (inArrears ? 0.37 : 0.05))
          draft.outcome = { kind: 'cancelled', date: addDays(dueDate, 1) };
        else draft.outcome = { kind: 'paid', date: payDate, reversed: prng.chance(0.02) };
      }
      out.push(finish(draft));
    }
  }
  return out;
}

/** Where a boleto id comes from, or null when no title could carry it. */
export function boletoOrigin(boletoId: string): { index: number } | null {
  const m = /^(\d{4})-(\d{10})$/.exec(boletoId);
  if (!m) return null;
  const nn = Number(m[2]);
  if (nn % 4 === 0) return { index: 0 };
  return { index: Math.floor(nn / 4 / 64) };
}

export const isOpen = (t: SimTitle): boolean => t.status === 'ABERTO' || t.status === 'PARCIAL';
