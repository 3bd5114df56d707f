/**
 * Money is integer centavos everywhere; these two functions are the only text <-> centavos edge.
 * Both work on strings so no floating-point multiplication can turn R$ 0,29 into 28 centavos.
 */

const brl = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });

/** 964808 → "R$ 9.648,08"; -199 → "-R$ 1,99". Intl's non-breaking spaces become plain spaces. */
export function formatBRL(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`centavos must be a safe integer: ${cents}`);
  const digits = String(Math.abs(cents)).padStart(3, '0');
  const sign = cents < 0 ? '-' : '';
  // Intl takes a decimal string exactly, so huge values never go through cents / 100.
  const decimal = `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}` as `${number}`;
  return brl.format(decimal).replace(/[\u00A0\u202F]/g, ' ');
}

// Thousands groups are optional but, when present, must be exactly three digits.
const PT_BR_AMOUNT = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/;
// A single dot followed by one or two digits can only be a decimal point ("10.50" pasted from a spreadsheet).
const DOT_DECIMAL_AMOUNT = /^(\d+)\.(\d{1,2})$/;

/**
 * "R$ 10.000,00", "10000", "10.000,5", "-1,99", "-R$ 1,99" → centavos.
 * null for anything ambiguous or with more than two decimals, rather than guessing.
 */
export function parseBRL(text: string): number | null {
  let body = text.replace(/[\s\u00A0\u202F]/g, '');
  let negative = false;
  if (body.startsWith('-')) {
    negative = true;
    body = body.slice(1);
  }
  if (body.startsWith('R$')) body = body.slice(2);
  if (!negative && body.startsWith('-')) {
    negative = true;
    body = body.slice(1);
  }

  const match = PT_BR_AMOUNT.exec(body) ?? DOT_DECIMAL_AMOUNT.exec(body);
  if (!match) return null;
  const whole = (match[1] ?? '').replace(/\./g, '');
  const fraction = (match[2] ?? '').padEnd(2, '0');
  const cents = Number(whole + fraction);
  if (!Number.isSafeInteger(cents)) return null;
  return negative && cents !== 0 ? -cents : cents;
}
