/**
 * CPF/CNPJ check digits, implemented here on purpose: the simulator must not share code with the
 * app it is testing, or a bug in the app's validator would be mirrored instead of caught.
 */

export type DocumentKind = 'cpf' | 'cnpj';

const CNPJ_FIRST_WEIGHTS = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const CNPJ_SECOND_WEIGHTS = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

/** Drops the usual mask characters; the real API behaviour for masked input is unknown. */
export function stripDocumentMask(input: string): string {
  return input.replace(/[.\-/\s]/g, '').toUpperCase();
}

function mod11Digit(values: number[], weights: number[]): number {
  const sum = values.reduce((acc, value, index) => acc + value * (weights[index] ?? 0), 0);
  const remainder = sum % 11;
  return remainder < 2 ? 0 : 11 - remainder;
}

function allSameCharacter(value: string): boolean {
  return /^(.)\1*$/.test(value);
}

export function isValidCpf(cpf: string): boolean {
  if (!/^\d{11}$/.test(cpf) || allSameCharacter(cpf)) return false;
  const digits = [...cpf].map(Number);
  const firstWeights = [10, 9, 8, 7, 6, 5, 4, 3, 2];
  const secondWeights = [11, 10, 9, 8, 7, 6, 5, 4, 3, 2];
  const first = mod11Digit(digits.slice(0, 9), firstWeights);
  const second = mod11Digit(digits.slice(0, 10), secondWeights);
  return digits[9] === first && digits[10] === second;
}

/** Accepts the alphanumeric CNPJ (2026): 12 chars in [0-9A-Z] valued charCode-48, 2 numeric digits. */
export function isValidCnpj(cnpj: string): boolean {
  if (!/^[0-9A-Z]{12}\d{2}$/.test(cnpj) || allSameCharacter(cnpj)) return false;
  const values = [...cnpj].map((char) => char.charCodeAt(0) - 48);
  const first = mod11Digit(values.slice(0, 12), CNPJ_FIRST_WEIGHTS);
  const second = mod11Digit(values.slice(0, 13), CNPJ_SECOND_WEIGHTS);
  return values[12] === first && values[13] === second;
}

/** Returns the document kind when valid, or null. Expects an unmasked document. */
export function classifyDocument(document: string): DocumentKind | null {
  if (document.length === 11) return isValidCpf(document) ? 'cpf' : null;
  if (document.length === 14) return isValidCnpj(document) ? 'cnpj' : null;
  return null;
}

/** Appends the two check digits to a 9-digit CPF base or a 12-char CNPJ base (used by tests). */
export function completeDocument(base: string): string {
  if (base.length === 9) {
    const digits = [...base].map(Number);
    const first = mod11Digit(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]);
    const second = mod11Digit([...digits, first], [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
    return `${base}${first}${second}`;
  }
  const values = [...base].map((char) => char.charCodeAt(0) - 48);
  const first = mod11Digit(values, CNPJ_FIRST_WEIGHTS);
  const second = mod11Digit([...values, first], CNPJ_SECOND_WEIGHTS);
  return `${base}${first}${second}`;
}
