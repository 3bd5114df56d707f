import { addDays, saoPauloLocalToUtc } from '../../../shared/domain/dates';

/** UTC instant at which a São Paulo calendar day (plus `offsetDays`) starts, as ISO text. */
export function saoPauloDayStartUtc(isoDate: string, offsetDays = 0): string {
  return saoPauloLocalToUtc(addDays(isoDate, offsetDays), '00:00').toISOString();
}
