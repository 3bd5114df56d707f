import { formatBRL } from '../../../ui/format';

export { longMonth, shortMonth } from '../../../ui/month-text';

export const percent = (part: number, whole: number): string =>
  whole === 0 ? '0%' : `${((part / whole) * 100).toLocaleString('pt-BR', { maximumFractionDigits: 1 })}%`;

export const money = formatBRL;

/** Distinct on white and for the common colour blindnesses (Okabe–Ito). */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
];

const compactBRL = new Intl.NumberFormat('pt-BR', {
  style: 'currency',
  currency: 'BRL',
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});
const wholeBRL = new Intl.NumberFormat('pt-BR', {
  style: 'currency',
  currency: 'BRL',
  maximumFractionDigits: 0,
});
/**
 * Centavos → "R$ 12,5 mil" or "R$ 156": axis ticks and bar labels, where the exact value is in the
 * tooltip. Under a thousand reais whole reais: "R$ 155,6" reads like a price with a missing digit.
 */
export const compactMoney = (cents: number): string =>
  Math.abs(cents) < 100_000 ? wholeBRL.format(Math.round(cents / 100)) : compactBRL.format(cents / 100);
