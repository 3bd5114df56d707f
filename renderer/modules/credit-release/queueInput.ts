import type { CreditQueueSort } from '../../../shared/domain/credit-release';
import { parseBRL } from '../../../shared/domain/money';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { AgeBand, QueueFilters } from './store';

export const AGE_BANDS: { value: AgeBand; label: string; min: number | null; max: number | null }[] = [
  { value: 'any', label: 'Qualquer idade', min: null, max: null },
  { value: 'today', label: 'De hoje', min: null, max: 0 },
  { value: 'upTo7', label: 'Até 7 dias', min: null, max: 7 },
  { value: 'from8to30', label: 'De 8 a 30 dias', min: 8, max: 30 },
  { value: 'over30', label: 'Mais de 30 dias', min: 31, max: null },
];

/** A typed amount in reais as centavos; empty or unreadable means "no bound". */
function bound(text: string): number | null {
  if (text.trim() === '') return null;
  const cents = parseBRL(text);
  return cents === null || cents < 0 ? null : cents;
}

/** Whether a typed value bound cannot be read (the field says so; the query ignores it). */
export const invalidBound = (text: string): boolean => text.trim() !== '' && bound(text) === null;

type QueueInput = ChannelInput<'creditRelease.queue'>;

/** The queue channel's input for one page of the filtered, sorted queue. */
export function queueInput(
  filters: QueueFilters,
  sort: CreditQueueSort,
  cursor: string | undefined,
): QueueInput {
  const age = AGE_BANDS.find((b) => b.value === filters.age) ?? AGE_BANDS[0];
  return {
    filters: {
      reasons: filters.reasons,
      sellerCode: filters.sellerCode,
      minValueCents: bound(filters.minValue),
      maxValueCents: bound(filters.maxValue),
      minAgeDays: age?.min ?? null,
      maxAgeDays: age?.max ?? null,
      clientText: filters.client.trim(),
    },
    sort,
    cursor: cursor ?? null,
    limit: 100,
  };
}
