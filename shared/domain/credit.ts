/**
 * Credit rules shared by main (enforcement) and renderer (live feedback in the dialog).
 * Amounts are integer centavos; the bureau sends reais as JSON numbers.
 */
import type { CreditStatus } from '../ipc/dto/clients';

export const CREDIT_STATUSES: readonly CreditStatus[] = [
  'ADIMPLENTE',
  'INADIMPLENTE',
  'BLOQUEADO',
  'EM_ANALISE',
];

export const CREDIT_STATUS_LABEL: Record<CreditStatus, string> = {
  ADIMPLENTE: 'Adimplente',
  INADIMPLENTE: 'Inadimplente',
  BLOQUEADO: 'Bloqueado',
  EM_ANALISE: 'Em análise',
};

/** Window in which an earlier query of the same client is offered before paying for a new one. */
export const RECENT_QUERY_DAYS = 90;

/**
 * 15000 → 1_500_000; 12480.5 → 1_248_050. Goes through the decimal text so 0.29 never
 * becomes 28 centavos. null for anything that is not a finite, non-negative amount.
 */
export function reaisToCents(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) return null;
  const [whole, fraction = ''] = n.toFixed(2).split('.');
  const cents = Number(`${whole}${fraction.padEnd(2, '0')}`);
  return Number.isSafeInteger(cents) ? cents : null;
}

export type CreditChangeCheck = { ok: true; increaseCents: number } | { ok: false; reason: string };

/**
 * A group's cap limits how much one change may RAISE a limit; lowering is always allowed.
 * `maxIncreaseCents` null means the group has no cap.
 */
export function checkCreditChange(
  currentCents: number,
  newCents: number,
  maxIncreaseCents: number | null,
  formatMoney: (cents: number) => string,
): CreditChangeCheck {
  if (!Number.isSafeInteger(newCents) || newCents < 0) {
    return { ok: false, reason: 'Informe um limite de crédito válido, maior ou igual a zero.' };
  }
  const increaseCents = newCents - currentCents;
  if (maxIncreaseCents !== null && increaseCents > maxIncreaseCents) {
    return {
      ok: false,
      reason:
        `O aumento de ${formatMoney(increaseCents)} passa do máximo do seu grupo ` +
        `(${formatMoney(maxIncreaseCents)} por alteração). Peça a um supervisor.`,
    };
  }
  return { ok: true, increaseCents };
}

export interface CreditSuggestion {
  creditLimitCents: number;
  creditStatus: CreditStatus;
  /** False when the bureau gave no usable opinion: the dialog opens with the client's current values. */
  fromBureau: boolean;
}

/**
 * What the Edição de situação/Limite de crédito dialog starts with: the bureau's suggested
 * limit, and a situation that follows its opinion (approved → adimplente, refused → bloqueado).
 */
export function suggestCreditChange(
  current: { creditLimitCents: number; creditStatus: CreditStatus },
  bureau: { approved: boolean | null; suggestedLimitCents: number | null },
): CreditSuggestion {
  if (bureau.approved === null || bureau.suggestedLimitCents === null) {
    return { ...current, fromBureau: false };
  }
  return {
    creditLimitCents: bureau.suggestedLimitCents,
    creditStatus: bureau.approved ? 'ADIMPLENTE' : 'BLOQUEADO',
    fromBureau: true,
  };
}
