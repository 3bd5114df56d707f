import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatBRL, parseBRL } from '../../../shared/domain/money';

describe('formatBRL', () => {
  it('formats centavos as pt-BR reais with a plain space', () => {
    expect(formatBRL(964808)).toBe('R$ 9.648,08');
    expect(formatBRL(1_000_000)).toBe('R$ 10.000,00');
    expect(formatBRL(5)).toBe('R$ 0,05');
    expect(formatBRL(0)).toBe('R$ 0,00');
    expect(formatBRL(-199)).toBe('-R$ 1,99');
  });

  it('stays exact beyond the range where cents / 100 would round', () => {
    expect(formatBRL(Number.MAX_SAFE_INTEGER)).toBe('R$ 90.071.992.547.409,91');
  });

  it('refuses fractional centavos, which would mean money leaked into floats upstream', () => {
    expect(() => formatBRL(10.5)).toThrow(RangeError);
    expect(() => formatBRL(Number.NaN)).toThrow(RangeError);
  });
});

describe('parseBRL', () => {
  it('reads what agents type or paste', () => {
    expect(parseBRL('R$ 10.000,00')).toBe(1_000_000);
    expect(parseBRL('10000')).toBe(1_000_000);
    expect(parseBRL('10.000,5')).toBe(1_000_050);
    expect(parseBRL('-1,99')).toBe(-199);
    expect(parseBRL('-R$ 1,99')).toBe(-199);
    expect(parseBRL('R$\u00A09.648,08')).toBe(964808);
    expect(parseBRL(' 0,29 ')).toBe(29);
    expect(parseBRL('1.000')).toBe(100_000);
  });

  it('reads a lone dot with one or two decimals as a decimal point', () => {
    expect(parseBRL('10.50')).toBe(1050);
    expect(parseBRL('1234.5')).toBe(123_450);
  });

  it('returns null for garbage, ambiguity and more than two decimals', () => {
    for (const text of [
      '',
      'R$',
      'abc',
      '1,999',
      '1.00.000',
      '10,00,00',
      '1..0',
      '--1',
      '12a',
      '1.0000,00',
    ]) {
      expect(parseBRL(text), text).toBeNull();
    }
  });

  it('returns null when the amount does not fit a safe integer of centavos', () => {
    expect(parseBRL('999999999999999999')).toBeNull();
  });
});

describe('formatBRL / parseBRL properties', () => {
  it('parseBRL(formatBRL(x)) === x over the whole safe-integer range', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (cents) => {
        expect(parseBRL(formatBRL(cents))).toBe(cents);
      }),
      { numRuns: 3000 },
    );
  });

  it('parseBRL(formatBRL(x)) === x for everyday amounts', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (cents) => {
        expect(parseBRL(formatBRL(cents))).toBe(cents);
      }),
      { numRuns: 3000 },
    );
  });

  it('always produces the pt-BR shape', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (cents) => {
        expect(formatBRL(cents)).toMatch(/^-?R\$ \d{1,3}(\.\d{3})*,\d{2}$/);
      }),
    );
  });
});
