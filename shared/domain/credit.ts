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
 * The group's cap is a budget per client per agent over a rolling 24 h, not per change: ten
 * raises of the cap in a row add up. Rolling rather than per calendar day or month so there is no
 * midnight to wait for (23:59 and 00:01 count together) and a legitimate follow-up the next day is
 * not blocked for weeks.
 */
export const CREDIT_CAP_WINDOW_HOURS = 24;

/** Increases above this ask for an explicit confirmation, even for groups without a cap. */
export const DEFAULT_CONFIRM_ABOVE_CENTS = 5_000_000;

export interface IncreaseAllowance {
  /** The group's cap per 24 h; null means no cap. */
  capCents: number | null;
  /** Increases this agent already made on this client in the last 24 h. */
  usedCents: number;
}

export const remainingIncreaseCents = (a: IncreaseAllowance): number | null =>
  a.capCents === null ? null : Math.max(0, a.capCents - a.usedCents);

/** Lowering is always allowed; raising is limited by what is left of the 24 h budget. */
export function checkCreditChange(
  currentCents: number,
  newCents: number,
  allowance: IncreaseAllowance,
  formatMoney: (cents: number) => string,
): CreditChangeCheck {
  if (!Number.isSafeInteger(newCents) || newCents < 0) {
    return { ok: false, reason: 'Informe um limite de crédito válido, maior ou igual a zero.' };
  }
  const increaseCents = newCents - currentCents;
  const remaining = remainingIncreaseCents(allowance);
  if (remaining !== null && allowance.capCents !== null && increaseCents > remaining) {
    return {
      ok: false,
      reason:
        `O aumento de ${formatMoney(increaseCents)} passa do máximo do seu grupo ` +
        `(${formatMoney(allowance.capCents)} por cliente a cada ${CREDIT_CAP_WINDOW_HOURS} h; ` +
        `você ainda pode aumentar ${formatMoney(remaining)} nas próximas ${CREDIT_CAP_WINDOW_HOURS} h). ` +
        'Peça a um supervisor.',
    };
  }
  return { ok: true, increaseCents };
}

export const needsIncreaseConfirmation = (increaseCents: number, confirmAboveCents: number): boolean =>
  increaseCents > confirmAboveCents;

/** What the agent reads before confirming a big jump: its size and the bureau's suggestion. */
export function largeIncreaseMessage(
  currentCents: number,
  newCents: number,
  suggestedCents: number | null,
  formatMoney: (cents: number) => string,
): string {
  const jump = `Aumento de ${formatMoney(newCents - currentCents)} (de ${formatMoney(currentCents)} para ${formatMoney(newCents)}).`;
  if (suggestedCents === null)
    return `${jump} Não há sugestão do bureau para este cliente. Confirme o aumento.`;
  const ratio = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 1 }).format(
    newCents / suggestedCents,
  );
  const times = suggestedCents > 0 ? ` — ${ratio}× a sugestão` : '';
  return `${jump} Sugestão do bureau: ${formatMoney(suggestedCents)}${times}. Confirme o aumento.`;
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
