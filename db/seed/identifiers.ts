/**
 * Unique demo identifiers derived from the client's index, so 200,000 clients need no
 * "already used?" set. Each id space is walked with an affine permutation
 * (index * multiplier + offset) mod size; a multiplier coprime to the size makes it a
 * bijection, and a large one makes consecutive clients look unrelated.
 */
import { cnpjCheckDigits, cpfCheckDigits } from '../../shared/domain/document';
import { UF_FISCAL_REGION } from './places';

/** Bounded so index * multiplier stays a safe integer. */
export const MAX_DEMO_CLIENTS = 10_000_000;

// Index 0 is the fixed showcase client of the product document (ERP code 82467786, CNPJ root 02407786).
const FIXED_ERP_CODE = 82_467_786;
const FIXED_CNPJ_ROOT = 2_407_786;

const permute = (index: number, multiplier: number, offset: number, size: number): number =>
  (index * multiplier + offset) % size;

/** 8 digits without a leading zero, as the ERP issues them. */
export function erpCodeFor(index: number): string {
  return String(10_000_000 + permute(index, 61_803_401, FIXED_ERP_CODE - 10_000_000, 90_000_000));
}

function cnpjRootFor(index: number): string {
  return String(permute(index, 38_196_601, FIXED_CNPJ_ROOT, 100_000_000)).padStart(8, '0');
}

/** Head office ("0001") of a unique 8-digit root; never all-same digits because of the branch. */
export function numericCnpjFor(index: number): string {
  const base = `${cnpjRootFor(index)}0001`;
  return base + cnpjCheckDigits(base);
}

/**
 * Alphanumeric CNPJ (issued from July 2026): root digits 3–4 (00–99) become two letters
 * (AA–DV), an injective mapping, so roots stay unique and can never equal a numeric one.
 */
export function alphanumericCnpjFor(index: number): string {
  const root = cnpjRootFor(index);
  const pair = Number(root.slice(2, 4));
  const letters = String.fromCharCode(65 + Math.floor(pair / 26), 65 + (pair % 26));
  const base = `${root.slice(0, 2)}${letters}${root.slice(4)}0001`;
  return base + cnpjCheckDigits(base);
}

/**
 * CPF whose 9th digit is the fiscal region of the UF, like real ones. Uniqueness comes from
 * the 8-digit prefix alone, so the region digit may be bumped to avoid an all-same-digit CPF.
 */
export function cpfFor(index: number, uf: string): string {
  const prefix = String(permute(index, 70_710_679, 52_998_224, 100_000_000)).padStart(8, '0');
  let region = UF_FISCAL_REGION[uf] ?? 0;
  if (prefix === String(region).repeat(8)) region = (region + 1) % 10;
  const base = `${prefix}${region}`;
  return base + cpfCheckDigits(base);
}
