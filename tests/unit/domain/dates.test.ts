import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  BUSINESS_TZ,
  addDays,
  daysBetween,
  formatDateBR,
  formatDateTimeBR,
  nextDailyRun,
  saoPauloLocalToUtc,
  toSaoPauloParts,
  todayInSaoPaulo,
} from '../../../shared/domain/dates';

const at = (iso: string) => new Date(iso);

describe('todayInSaoPaulo', () => {
  it('is still the previous day at 02:30 UTC (23:30 in São Paulo)', () => {
    expect(BUSINESS_TZ).toBe('America/Sao_Paulo');
    expect(todayInSaoPaulo(at('2025-03-18T02:30:00Z'))).toBe('2025-03-17');
    expect(todayInSaoPaulo(at('2025-03-18T03:00:00Z'))).toBe('2025-03-18');
  });

  it('turns the year at 03:00 UTC', () => {
    expect(todayInSaoPaulo(at('2026-01-01T02:59:59Z'))).toBe('2025-12-31');
    expect(todayInSaoPaulo(at('2026-01-01T03:00:00Z'))).toBe('2026-01-01');
  });
});

describe('toSaoPauloParts', () => {
  it('gives the wall clock, with midnight as hour 0', () => {
    expect(toSaoPauloParts(at('2025-03-17T03:00:05Z'))).toEqual({
      year: 2025,
      month: 3,
      day: 17,
      hour: 0,
      minute: 0,
      second: 5,
    });
  });
});

describe('formatDateBR / formatDateTimeBR', () => {
  it('formats plain dates without any time-zone shift', () => {
    expect(formatDateBR('2025-03-17')).toBe('17/03/2025');
  });

  it('formats datetimes in São Paulo time', () => {
    expect(formatDateBR('2025-03-18T01:00:00Z')).toBe('17/03/2025');
    expect(formatDateTimeBR('2025-03-17T17:05:00Z')).toBe('17/03/2025 14:05');
    expect(formatDateTimeBR('2025-03-18T02:59:00.000Z')).toBe('17/03/2025 23:59');
  });

  it('uses the DST offset (UTC−2) for summers before 2019', () => {
    expect(formatDateTimeBR('2018-12-01T14:00:00Z')).toBe('01/12/2018 12:00');
  });

  it('shows unparseable text unchanged rather than "Invalid Date"', () => {
    expect(formatDateTimeBR('ontem')).toBe('ontem');
    expect(formatDateBR('')).toBe('');
  });
});

describe('addDays / daysBetween', () => {
  it('walk the calendar across month ends and leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-11-22', -730)).toBe('2024-11-22');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-03-17', '2025-03-10')).toBe(-7);
  });

  it('reject impossible dates', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => daysBetween('17/03/2025', '2025-03-17')).toThrow(RangeError);
  });

  it('are inverse of each other', () => {
    fc.assert(
      fc.property(
        fc.date({ min: at('1990-01-01'), max: at('2090-01-01'), noInvalidDate: true }),
        fc.integer({ min: -5000, max: 5000 }),
        (date, n) => {
          const start = date.toISOString().slice(0, 10);
          expect(daysBetween(start, addDays(start, n))).toBe(n);
        },
      ),
    );
  });
});

describe('saoPauloLocalToUtc', () => {
  it('is UTC−3 today', () => {
    expect(saoPauloLocalToUtc('2025-03-17', '01:00').toISOString()).toBe('2025-03-17T04:00:00.000Z');
    expect(saoPauloLocalToUtc('2025-03-17', '00:00').toISOString()).toBe('2025-03-17T03:00:00.000Z');
  });

  it('uses the historical DST offset (UTC−2) in the summer of 2018', () => {
    expect(saoPauloLocalToUtc('2018-12-01', '12:00').toISOString()).toBe('2018-12-01T14:00:00.000Z');
  });

  it('moves a wall time skipped by spring-forward (2018-11-04 00:00→01:00) one hour later', () => {
    expect(saoPauloLocalToUtc('2018-11-04', '00:30').toISOString()).toBe('2018-11-04T03:30:00.000Z');
  });

  it('picks the first occurrence of a wall time repeated at fall-back (2019-02-16 23:xx)', () => {
    expect(saoPauloLocalToUtc('2019-02-16', '23:30').toISOString()).toBe('2019-02-17T01:30:00.000Z');
  });

  it('rejects malformed times', () => {
    expect(() => saoPauloLocalToUtc('2025-03-17', '24:00')).toThrow(RangeError);
    expect(() => saoPauloLocalToUtc('2025-03-17', '1:00')).toThrow(RangeError);
  });
});

describe('nextDailyRun', () => {
  it('runs tonight at 01:00 when it is just before', () => {
    // 00:59:59 in São Paulo
    expect(nextDailyRun(at('2025-03-17T03:59:59Z'), '01:00').toISOString()).toBe('2025-03-17T04:00:00.000Z');
  });

  it('is strictly after now: exactly 01:00 schedules tomorrow', () => {
    expect(nextDailyRun(at('2025-03-17T04:00:00Z'), '01:00').toISOString()).toBe('2025-03-18T04:00:00.000Z');
  });

  it('uses the São Paulo day, not the UTC day, around midnight', () => {
    // 23:30 on the 16th in São Paulo, already the 17th in UTC
    expect(nextDailyRun(at('2025-03-17T02:30:00Z'), '01:00').toISOString()).toBe('2025-03-17T04:00:00.000Z');
    expect(nextDailyRun(at('2025-03-17T02:59:00Z'), '00:00').toISOString()).toBe('2025-03-17T03:00:00.000Z');
    expect(nextDailyRun(at('2025-03-17T03:00:00Z'), '00:00').toISOString()).toBe('2025-03-18T03:00:00.000Z');
  });

  it('crosses the year end', () => {
    expect(nextDailyRun(at('2026-01-01T02:30:00Z'), '01:00').toISOString()).toBe('2026-01-01T04:00:00.000Z');
  });

  it('respects the DST offset of the day it lands on (2018 spring-forward night)', () => {
    expect(nextDailyRun(at('2018-11-03T12:00:00Z'), '01:00').toISOString()).toBe('2018-11-04T03:00:00.000Z');
  });

  it('always lands within 24 h after now, at the requested São Paulo wall time', () => {
    fc.assert(
      fc.property(
        fc.date({ min: at('2020-01-01'), max: at('2040-01-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (now, hour, minute) => {
          const hhmm = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const run = nextDailyRun(now, hhmm);
          expect(run.getTime()).toBeGreaterThan(now.getTime());
          expect(run.getTime() - now.getTime()).toBeLessThanOrEqual(24 * 3_600_000);
          const parts = toSaoPauloParts(run);
          expect([parts.hour, parts.minute, parts.second]).toEqual([hour, minute, 0]);
        },
      ),
    );
  });
});
