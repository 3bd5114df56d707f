import type { OpenBoleto } from '../../../shared/ipc/dto/finance';
import { formatBRL, formatDateBR } from '../../ui/format';

export const PAGE_SIZES = [10, 25, 50] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** What an agent may type to find a boleto: identifier, due date (17/03/2025 or 17-03-2025), amount, ambiente. */
function haystack(b: OpenBoleto): string {
  const due = formatDateBR(b.dueDate);
  return fold([b.id, due, due.replaceAll('/', '-'), formatBRL(b.amountCents), b.environment].join(' '));
}

export function filterBoletos(boletos: OpenBoleto[], search: string, environment: string): OpenBoleto[] {
  const terms = fold(search).split(/\s+/).filter(Boolean);
  return boletos.filter(
    (b) => (!environment || b.environment === environment) && terms.every((t) => haystack(b).includes(t)),
  );
}

export interface PageSlice<T> {
  rows: T[];
  page: number;
  pages: number;
  from: number;
  to: number;
  total: number;
}

export function pageOf<T>(rows: T[], page: number, size: number): PageSlice<T> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  const slice = rows.slice(start, start + size);
  return {
    rows: slice,
    page: current,
    pages,
    from: slice.length ? start + 1 : 0,
    to: start + slice.length,
    total: rows.length,
  };
}

export const showingLabel = (p: PageSlice<unknown>): string =>
  `Mostrando de ${p.from} até ${p.to} de ${p.total} registros`;

export const environmentsOf = (boletos: OpenBoleto[]): string[] =>
  [...new Set(boletos.map((b) => b.environment))].sort((a, b) => a.localeCompare(b, 'pt-BR'));
