import { describe, expect, it } from 'vitest';
import { compactMoney } from '../../../renderer/modules/clients/revenue/chartFormat';

// Intl puts a no-break space after "R$"; compare with plain spaces.
const text = (cents: number) => compactMoney(cents).replace(/\s/g, ' ');

describe('compactMoney (chart ticks and bar labels)', () => {
  it('shows whole reais under a thousand, never "R$ 155,6"', () => {
    expect(text(15_560)).toBe('R$ 156');
    expect(text(80_000)).toBe('R$ 800');
    expect(text(0)).toBe('R$ 0');
  });
  it('shortens thousands and millions with one decimal', () => {
    expect(text(1_250_000)).toBe('R$ 12,5 mil');
    expect(text(300_000_000)).toBe('R$ 3 mi');
  });
});
