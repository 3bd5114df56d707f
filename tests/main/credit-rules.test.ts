import { describe, expect, it } from 'vitest';
import {
  checkCreditChange,
  largeIncreaseMessage,
  needsIncreaseConfirmation,
  reaisToCents,
  suggestCreditChange,
} from '../../shared/domain/credit';
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

  it('caps the increases of a rolling 24 h by the group maximum, never decreases', () => {
    const fresh = { capCents: 500_000, usedCents: 0 };
    expect(checkCreditChange(1_000_000, 1_500_000, fresh, formatBRL)).toEqual({
      ok: true,
      increaseCents: 500_000,
    });
    expect(checkCreditChange(1_000_000, 1_500_001, fresh, formatBRL)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('R$ 5.000,00'),
    });
    const halfUsed = { capCents: 500_000, usedCents: 300_000 };
    expect(checkCreditChange(1_000_000, 1_200_000, halfUsed, formatBRL)).toMatchObject({ ok: true });
    expect(checkCreditChange(1_000_000, 1_200_001, halfUsed, formatBRL)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('você ainda pode aumentar R$ 2.000,00 nas próximas 24 h'),
    });
    expect(checkCreditChange(1_000_000, 0, { capCents: 0, usedCents: 9 }, formatBRL)).toMatchObject({
      ok: true,
    });
    const uncapped = { capCents: null, usedCents: 90_000_000 };
    expect(checkCreditChange(0, 99_000_000, uncapped, formatBRL)).toMatchObject({ ok: true });
    expect(checkCreditChange(0, -1, uncapped, formatBRL)).toMatchObject({ ok: false });
  });

  it('names the jump and the bureau suggestion before a big increase', () => {
    expect(needsIncreaseConfirmation(5_000_001, 5_000_000)).toBe(true);
    expect(needsIncreaseConfirmation(5_000_000, 5_000_000)).toBe(false);
    expect(largeIncreaseMessage(0, 99_999_900, 1_250_000, formatBRL)).toBe(
      'Aumento de R$ 999.999,00 (de R$ 0,00 para R$ 999.999,00). ' +
        'Sugestão do bureau: R$ 12.500,00 — 80× a sugestão. Confirme o aumento.',
    );
    expect(largeIncreaseMessage(0, 100, null, formatBRL)).toContain('Não há sugestão do bureau');
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
