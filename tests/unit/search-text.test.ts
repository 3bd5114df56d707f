import { describe, expect, it } from 'vitest';
import { normalizeSearchText, wordsStartWith } from '../../shared/domain/search-text';

describe('F9 text folding (index and query side)', () => {
  it('folds Portuguese case and accents', () => {
    expect(normalizeSearchText('JOSÉ Conceição Ávila Ãngela Ôntem Ü')).toBe(
      'jose conceicao avila angela ontem u',
    );
  });

  it('folds the odd letters agents type: º, ª, dotted İ, ł, ß, ø', () => {
    expect(normalizeSearchText('Rua 1º de Maio, 2ª Vara')).toBe('rua 1o de maio 2a vara');
    expect(normalizeSearchText('İSTANBUL İnşaat')).toBe('istanbul insaat');
    expect(normalizeSearchText('Łódź Straße Søren')).toBe('lodz strasse soren');
  });

  it('turns punctuation into single spaces', () => {
    expect(normalizeSearchText("  Brito & Filhos S/A — d'Ávila  ")).toBe('brito filhos s a d avila');
  });

  it('matches words as prefixes, in order, the first one starting the name', () => {
    const key = 'brandao equipamentos eletricos epp';
    expect(wordsStartWith(key, ['bran', 'equip'])).toBe(true);
    expect(wordsStartWith(key, ['brandao', 'eletr'])).toBe(true);
    expect(wordsStartWith(key, ['equip', 'brandao'])).toBe(false);
    expect(wordsStartWith(key, ['equip'])).toBe(false);
  });
});
