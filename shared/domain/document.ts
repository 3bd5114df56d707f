/**
 * Brazilian taxpayer documents: CPF (persons, 11 digits) and CNPJ (companies, 14 chars).
 * Since July 2026 the Receita Federal issues alphanumeric CNPJs (Nota Técnica 49/2024):
 * the first 12 chars are [0-9A-Z] and only the two check digits stay numeric, so CNPJ
 * code here never assumes "digits only".
 */

export type DocumentKind = 'cpf' | 'cnpj';
export type PersonType = 'F' | 'J';

export interface ParsedDocument {
  kind: DocumentKind;
  value: string;
}

const CPF_SHAPE = /^\d{11}$/;
const CNPJ_SHAPE = /^[0-9A-Z]{12}\d{2}$/;
const CPF_BASE_SHAPE = /^\d{9}$/;
const CNPJ_BASE_SHAPE = /^[0-9A-Z]{12}$/;

/** Keeps only [0-9A-Z]: agents paste documents with dots, slashes, dashes, spaces or lower case. */
export function normalizeDocument(input: string): string {
  return input.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

// "000.000.000-00" and "11.111.111/1111-11" pass the mod-11 check but are not real registrations.
function isRepeatedDigit(value: string): boolean {
  return /^(\d)\1*$/.test(value);
}

// The Receita defines every char's value as its ASCII code minus 48, which keeps '0'..'9'
// as 0..9 and makes 'A' = 17 ... 'Z' = 42 for the alphanumeric CNPJ.
function mod11Digit(chars: string, weightOf: (positionFromRight: number) => number): number {
  let sum = 0;
  for (let i = 0; i < chars.length; i++) {
    sum += (chars.charCodeAt(chars.length - 1 - i) - 48) * weightOf(i);
  }
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}

const cpfWeight = (positionFromRight: number): number => positionFromRight + 2;
const cnpjWeight = (positionFromRight: number): number => (positionFromRight % 8) + 2;

/** The two check digits of a CPF whose 9-digit base is given. */
export function cpfCheckDigits(base: string): string {
  if (!CPF_BASE_SHAPE.test(base)) throw new RangeError(`CPF base must be 9 digits: "${base}"`);
  const first = mod11Digit(base, cpfWeight);
  const second = mod11Digit(base + String(first), cpfWeight);
  return `${first}${second}`;
}

/** The two check digits of a CNPJ whose 12-char base ([0-9A-Z]) is given. */
export function cnpjCheckDigits(base: string): string {
  if (!CNPJ_BASE_SHAPE.test(base)) throw new RangeError(`CNPJ base must be 12 chars [0-9A-Z]: "${base}"`);
  const first = mod11Digit(base, cnpjWeight);
  const second = mod11Digit(base + String(first), cnpjWeight);
  return `${first}${second}`;
}

export function isValidCpf(input: string): boolean {
  const value = normalizeDocument(input);
  if (!CPF_SHAPE.test(value) || isRepeatedDigit(value)) return false;
  return cpfCheckDigits(value.slice(0, 9)) === value.slice(9);
}

export function isValidCnpj(input: string): boolean {
  const value = normalizeDocument(input);
  if (!CNPJ_SHAPE.test(value) || isRepeatedDigit(value)) return false;
  return cnpjCheckDigits(value.slice(0, 12)) === value.slice(12);
}

/** 000.000.000-00; input that is not an 11-digit CPF comes back normalized but unmasked. */
export function formatCpf(input: string): string {
  return normalizeDocument(input).replace(/^(\d{3})(\d{3})(\d{3})(\d{2})$/, '$1.$2.$3-$4');
}

/** 00.000.000/0000-00, letters kept; input that is not CNPJ-shaped comes back normalized but unmasked. */
export function formatCnpj(input: string): string {
  return normalizeDocument(input).replace(
    /^([0-9A-Z]{2})([0-9A-Z]{3})([0-9A-Z]{3})([0-9A-Z]{4})(\d{2})$/,
    '$1.$2.$3/$4-$5',
  );
}

/** Masks by length (11 → CPF, 14 → CNPJ); anything else is shown exactly as stored. */
export function formatDocument(normalized: string): string {
  if (normalized.length === 11 && CPF_SHAPE.test(normalized)) return formatCpf(normalized);
  if (normalized.length === 14 && CNPJ_SHAPE.test(normalized)) return formatCnpj(normalized);
  return normalized;
}

/** A valid CPF or CNPJ in normalized form, or null when the input is neither. */
export function parseDocument(input: string): ParsedDocument | null {
  const value = normalizeDocument(input);
  if (value.length === 11 && isValidCpf(value)) return { kind: 'cpf', value };
  if (value.length === 14 && isValidCnpj(value)) return { kind: 'cnpj', value };
  return null;
}

/** 'F' (pessoa física) for CPF length, 'J' (pessoa jurídica) for CNPJ length; shape only, not validity. */
export function personTypeOf(normalized: string): PersonType | null {
  if (CPF_SHAPE.test(normalized)) return 'F';
  if (CNPJ_SHAPE.test(normalized)) return 'J';
  return null;
}
