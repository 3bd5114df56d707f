/**
 * How alike two Brazilian person or company names are, 0 (nothing in common) to 1 (the same once
 * accents, case, punctuation and legal-form words are ignored). Sørensen–Dice over character
 * bigrams of each word: robust to a missing middle name, a typo or "Ltda" vs "LTDA ME".
 * The threshold the console uses is written down in docs/bureau-subject-check.md.
 */

/** Legal-form, linking and line-of-business words that say nothing about who the subject is. */
const NOISE = new Set([
  'comercio',
  'comercial',
  'distribuidora',
  'industria',
  'servicos',
  'representacoes',
  'ltda',
  'me',
  'epp',
  'eireli',
  'sa',
  'cia',
  'mei',
  'ss',
  'de',
  'da',
  'do',
  'das',
  'dos',
  'e',
]);

export function normalizeName(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 0 && !NOISE.has(w));
}

function bigrams(words: string[]): Map<string, number> {
  const grams = new Map<string, number>();
  for (const w of words) {
    const padded = ` ${w} `;
    for (let i = 0; i < padded.length - 1; i++) {
      const g = padded.slice(i, i + 2);
      grams.set(g, (grams.get(g) ?? 0) + 1);
    }
  }
  return grams;
}

export function nameSimilarity(a: string, b: string): number {
  const x = bigrams(normalizeName(a));
  const y = bigrams(normalizeName(b));
  let sizeX = 0;
  let sizeY = 0;
  let common = 0;
  for (const n of x.values()) sizeX += n;
  for (const [g, n] of y) {
    sizeY += n;
    common += Math.min(n, x.get(g) ?? 0);
  }
  if (sizeX + sizeY === 0) return 0;
  return (2 * common) / (sizeX + sizeY);
}

/** Below this, the bureau's name is taken as another subject's (docs/bureau-subject-check.md). */
export const SAME_SUBJECT_NAME_SIMILARITY = 0.6;
