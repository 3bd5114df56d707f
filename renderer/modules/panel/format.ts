import { formatBRL, formatDateTimeBR } from '../../ui/format';

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
/** '2026-12-02' → '02/12'. */
export const dayMonth = (d: string): string => `${d.slice(8, 10)}/${d.slice(5, 7)}`;

export const money = formatBRL;
export const count = (n: number): string => n.toLocaleString('pt-BR');
export const when = (iso: string | null): string => (iso ? formatDateTimeBR(iso) : '—');
export const shortHash = (h: string): string => h.slice(0, 12);

/** Okabe–Ito: distinct on white and for the common colour blindnesses (as the revenue charts). */
export const PALETTE = { primary: '#0072B2', secondary: '#E69F00', third: '#009E73' };
export const AXIS = { fontSize: 11, fill: '#5f6b7a' };
