/**
 * The period of the integration history (Configurações → Integração → Histórico): whole São
 * Paulo calendar days, at most MAX_HISTORY_DAYS of them, never ending in the future. The same
 * rule runs in the renderer (to explain before asking) and in main (which decides).
 */
import { addDays, daysBetween, saoPauloLocalToUtc } from './dates';

export const MAX_HISTORY_DAYS = 7;

export interface DateRange {
  /** 'YYYY-MM-DD', first day included. */
  from: string;
  /** 'YYYY-MM-DD', last day included. */
  to: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  try {
    addDays(value, 0);
    return true;
  } catch {
    return false;
  }
}

/** Days in the period, both ends included (1 for a single day). */
export const rangeDays = (r: DateRange): number => daysBetween(r.from, r.to) + 1;

/**
 * Why the period cannot be used (pt-BR), or null when it is fine. Without `today` only the
 * shape, order and length are checked (the part that needs no clock).
 */
export function dateRangeProblem(r: DateRange, today?: string): string | null {
  if (!isRealDate(r.from)) return 'Informe a data inicial.';
  if (!isRealDate(r.to)) return 'Informe a data final.';
  if (r.from > r.to) return 'A data inicial deve ser igual ou anterior à data final.';
  const days = rangeDays(r);
  if (days > MAX_HISTORY_DAYS)
    return `O período pode ter no máximo ${MAX_HISTORY_DAYS} dias; o escolhido tem ${days}. Diminua o intervalo.`;
  if (today !== undefined && r.to > today) return 'A data final não pode estar no futuro.';
  return null;
}

/** The period as instants: [start of `from`, start of the day after `to`) in São Paulo, ISO UTC. */
export function rangeInstants(r: DateRange): { fromIso: string; toIso: string } {
  return {
    fromIso: saoPauloLocalToUtc(r.from, '00:00').toISOString(),
    toIso: saoPauloLocalToUtc(addDays(r.to, 1), '00:00').toISOString(),
  };
}

/** The default period: the last `days` days ending today. */
export function lastDays(today: string, days: number): DateRange {
  return { from: addDays(today, -(days - 1)), to: today };
}
