/**
 * FEBRABAN "cobrança bancária" boleto numbers: the 44-digit barcode, the 47-digit linha
 * digitável with its three módulo 10 field digits and the módulo 11 general digit, and the
 * Interleaved 2 of 5 bar pattern that encodes the barcode.
 */

const BASE_DATE_MS = Date.UTC(1997, 9, 7);
const MS_PER_DAY = 86_400_000;

/** Módulo 10 (weights 2,1,2,1… from the right, digits of each product summed). */
export function mod10(digits: string): number {
  let sum = 0;
  let weight = 2;
  for (let i = digits.length - 1; i >= 0; i--) {
    const product = (digits.charCodeAt(i) - 48) * weight;
    sum += product > 9 ? product - 9 : product;
    weight = weight === 2 ? 1 : 2;
  }
  return (10 - (sum % 10)) % 10;
}

/** Módulo 11 of the barcode (weights 2..9 from the right); 0, 10 and 11 become 1. */
export function barcodeMod11(digits43: string): number {
  let sum = 0;
  let weight = 2;
  for (let i = digits43.length - 1; i >= 0; i--) {
    sum += (digits43.charCodeAt(i) - 48) * weight;
    weight = weight === 9 ? 2 : weight + 1;
  }
  const dv = 11 - (sum % 11);
  return dv === 0 || dv === 10 || dv === 11 ? 1 : dv;
}

/**
 * Days since 07/10/1997; the 4-digit factor reached 9999 on 21/02/2025 and restarted at 1000
 * on 22/02/2025, so it cycles through 1000..9999.
 */
export function dueDateFactor(isoDate: string): number {
  const days = Math.round((Date.parse(`${isoDate}T00:00:00Z`) - BASE_DATE_MS) / MS_PER_DAY);
  if (days < 1000) throw new RangeError(`vencimento anterior ao fator 1000: ${isoDate}`);
  return ((days - 1000) % 9000) + 1000;
}

export interface BoletoNumberInput {
  bankCode: string;
  dueDate: string;
  amountCents: number;
  /** The bank's 25-digit "campo livre". */
  freeField: string;
}

export function buildBarcode(input: BoletoNumberInput): string {
  if (!/^\d{3}$/.test(input.bankCode)) throw new RangeError('código do banco deve ter 3 dígitos');
  if (!/^\d{25}$/.test(input.freeField)) throw new RangeError('campo livre deve ter 25 dígitos');
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents < 0 || input.amountCents > 99_999_999_99)
    throw new RangeError('valor fora do intervalo do código de barras');
  const factor = String(dueDateFactor(input.dueDate)).padStart(4, '0');
  const amount = String(input.amountCents).padStart(10, '0');
  const withoutDv = `${input.bankCode}9${factor}${amount}${input.freeField}`;
  const dv = barcodeMod11(withoutDv);
  return `${withoutDv.slice(0, 4)}${dv}${withoutDv.slice(4)}`;
}

/** 47 digits: three fields with their módulo 10 digit, the general digit, factor + amount. */
export function digitableLineFromBarcode(barcode: string): string {
  if (!/^\d{44}$/.test(barcode)) throw new RangeError('código de barras deve ter 44 dígitos');
  const free = barcode.slice(19);
  const field1 = `${barcode.slice(0, 4)}${free.slice(0, 5)}`;
  const field2 = free.slice(5, 15);
  const field3 = free.slice(15, 25);
  return (
    `${field1}${mod10(field1)}${field2}${mod10(field2)}${field3}${mod10(field3)}` +
    `${barcode[4]}${barcode.slice(5, 19)}`
  );
}

/** "00190.00009 01149.718601 68524.522114 6 75860000102656" */
export function formatDigitableLine(line: string): string {
  return (
    `${line.slice(0, 5)}.${line.slice(5, 10)} ${line.slice(10, 15)}.${line.slice(15, 21)} ` +
    `${line.slice(21, 26)}.${line.slice(26, 32)} ${line[32]} ${line.slice(33)}`
  );
}

// Interleaved 2 of 5: n = narrow, w = wide, five elements per digit.
const ITF_DIGITS = ['nnwwn', 'wnnnw', 'nwnnw', 'wwnnn', 'nnwnw', 'wnwnn', 'nwwnn', 'nnnww', 'wnnwn', 'nwnwn'];

export interface ItfElement {
  bar: boolean;
  wide: boolean;
}

/** Start (narrow bar, space, bar, space), digit pairs (first in bars, second in spaces), stop (wide bar, narrow space, narrow bar). */
export function itfElements(digits: string): ItfElement[] {
  if (!/^\d*$/.test(digits) || digits.length % 2 !== 0)
    throw new RangeError('ITF exige um número par de dígitos');
  const out: ItfElement[] = [];
  for (let i = 0; i < 4; i++) out.push({ bar: i % 2 === 0, wide: false });
  for (let i = 0; i < digits.length; i += 2) {
    const bars = ITF_DIGITS[digits.charCodeAt(i) - 48] as string;
    const spaces = ITF_DIGITS[digits.charCodeAt(i + 1) - 48] as string;
    for (let k = 0; k < 5; k++) {
      out.push({ bar: true, wide: bars[k] === 'w' });
      out.push({ bar: false, wide: spaces[k] === 'w' });
    }
  }
  out.push({ bar: true, wide: true }, { bar: false, wide: false }, { bar: true, wide: false });
  return out;
}
