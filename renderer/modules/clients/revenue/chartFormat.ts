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
  maximumFractionDigits: 1,
});
/** Centavos → "R$ 12,5 mil": axis ticks and bar labels, where the exact value is in the tooltip. */
export const compactMoney = (cents: number): string => compactBRL.format(cents / 100);
