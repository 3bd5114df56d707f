import { describe, expect, it } from 'vitest';
import { brToIso, isoToBR, isTime, maskDate, maskTime } from '../../renderer/ui/date-text';

describe('pt-BR date and time text', () => {
  it('reads dd/mm/aaaa as a real calendar day only', () => {
    expect(brToIso('15/12/2026')).toBe('2026-12-15');
    expect(brToIso('29/02/2028')).toBe('2028-02-29');
    expect(brToIso('29/02/2026')).toBeNull();
    expect(brToIso('12/01/2026')).toBe('2026-01-12');
    expect(brToIso('2026-12-15')).toBeNull();
    expect(isoToBR('2026-01-12')).toBe('12/01/2026');
  });
  it('masks digits as they are typed', () => {
    expect(maskDate('1512')).toBe('15/12');
    expect(maskDate('15122026')).toBe('15/12/2026');
    expect(maskTime('1530')).toBe('15:30');
  });
  it('accepts 24-hour times only', () => {
    expect(isTime('15:30')).toBe(true);
    expect(isTime('23:59')).toBe(true);
    expect(isTime('24:00')).toBe(false);
    expect(isTime('3:00 PM')).toBe(false);
  });
});
