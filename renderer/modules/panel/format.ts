import { formatBRL, formatDateTimeBR } from '../../ui/format';

export { longMonth, shortMonth } from '../../ui/month-text';
/** '2026-12-02' → '02/12'. */
export const dayMonth = (d: string): string => `${d.slice(8, 10)}/${d.slice(5, 7)}`;

export const money = formatBRL;
export const count = (n: number): string => n.toLocaleString('pt-BR');
export const when = (iso: string | null): string => (iso ? formatDateTimeBR(iso) : '—');
export const shortHash = (h: string): string => h.slice(0, 12);

/** Okabe–Ito: distinct on white and for the common colour blindnesses (as the revenue charts). */
export const PALETTE = { primary: '#0072B2', secondary: '#E69F00', third: '#009E73' };
export const AXIS = { fontSize: 11, fill: '#5f6b7a' };
