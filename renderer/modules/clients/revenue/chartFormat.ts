import { formatBRL } from '../../../ui/format';

const MONTHS = ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'];
const MONTHS_LONG = [
  'janeiro',
  'fevereiro',
  'março',
  'abril',
  'maio',
  'junho',
  'julho',
  'agosto',
  'setembro',
  'outubro',
  'novembro',
  'dezembro',
];

/** '2026-03' → 'mar/26'. */
export const shortMonth = (ym: string): string =>
  `${MONTHS[Number(ym.slice(5, 7)) - 1] ?? ym}/${ym.slice(2, 4)}`;
/** '2026-03' → 'março de 2026'. */
export const longMonth = (ym: string): string =>
  `${MONTHS_LONG[Number(ym.slice(5, 7)) - 1] ?? ym} de ${ym.slice(0, 4)}`;

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
