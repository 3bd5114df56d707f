import { describe, expect, it } from 'vitest';
import { checkCreditChange, reaisToCents, suggestCreditChange } from '../../shared/domain/credit';
import { formatBRL } from '../../shared/domain/money';

describe('credit rules', () => {
  it('converts the bureau reais to centavos without floating-point loss', () => {
    expect(reaisToCents(15_000)).toBe(1_500_000);
    expect(reaisToCents(12_480.5)).toBe(1_248_050);
    expect(reaisToCents(0.29)).toBe(29);
    expect(reaisToCents(1_845.07)).toBe(184_507);
    expect(reaisToCents('3200')).toBe(320_000);
    for (const bad of [-1, Number.NaN, Infinity, null, undefined, 'abc', '', {}])
      expect(reaisToCents(bad)).toBeNull();
  });

  it('caps increases by the group maximum, never decreases', () => {
    expect(checkCreditChange(1_000_000, 1_500_000, 500_000, formatBRL)).toEqual({
      ok: true,
      increaseCents: 500_000,
    });
    expect(checkCreditChange(1_000_000, 1_500_001, 500_000, formatBRL)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('R$ 5.000,00'),
    });
    expect(checkCreditChange(1_000_000, 0, 0, formatBRL)).toMatchObject({ ok: true });
    expect(checkCreditChange(0, 99_000_000, null, formatBRL)).toMatchObject({ ok: true });
    expect(checkCreditChange(0, -1, null, formatBRL)).toMatchObject({ ok: false });
  });

  it('follows the opinion for the situation and keeps current values without one', () => {
    const current = { creditLimitCents: 1_000_000, creditStatus: 'ADIMPLENTE' as const };
    expect(suggestCreditChange(current, { approved: true, suggestedLimitCents: 1_500_000 })).toEqual({
      creditLimitCents: 1_500_000,
      creditStatus: 'ADIMPLENTE',
      fromBureau: true,
    });
    expect(suggestCreditChange(current, { approved: false, suggestedLimitCents: 0 })).toMatchObject({
      creditStatus: 'BLOQUEADO',
      creditLimitCents: 0,
    });
    expect(suggestCreditChange(current, { approved: null, suggestedLimitCents: null })).toEqual({
      ...current,
      fromBureau: false,
    });
  });
});
