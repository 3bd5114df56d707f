import type { ErrorCode } from '../result';
import type { CreditStatus } from './clients';

/** "Informações Financeiras" of seed 000. */
export interface FinancialValues {
  availableBalanceCents: number;
  creditLimitCents: number;
  lastOrderDate: string | null;
  lastInvoiceDate: string | null;
  creditStatus: CreditStatus;
}

/** A credit change made in the console that the ERP has not confirmed yet. */
export interface PendingCreditChange {
  creditLimitCents: number;
  creditStatus: CreditStatus;
  /** When the agent saved it (the write-back waits in the outbox since then). */
  since: string;
  /** Why the last send did not go through, if one was tried. */
  lastError: string | null;
}

/**
 * The one credit picture of a client: the header, Informações Financeiras and the Deps dialogs
 * all show these values. A local change not yet confirmed by the ERP is in the values and in
 * `pendingErp` ("aguardando confirmação do ERP").
 */
export interface FinancialSnapshot {
  clientId: number;
  values: FinancialValues;
  pendingErp: PendingCreditChange | null;
  /** When these values came from the ERP; null = only the local register, never asked live. */
  updatedAt: string | null;
  /** The last live request failed: values are the cached ones. */
  stale: boolean;
  staleCode: ErrorCode | null;
  staleReason: string | null;
}

export interface OpenBoleto {
  id: string;
  dueDate: string;
  amountCents: number;
  environment: string;
  digitableLine: string | null;
}

export interface OpenBoletos {
  clientId: number;
  boletos: OpenBoleto[];
  /** 'cache': the ERP could not be asked; the list comes from the last ERP sync. */
  source: 'erp' | 'cache';
  updatedAt: string | null;
  staleCode: ErrorCode | null;
  staleReason: string | null;
}

export interface BoletoFile {
  id: string;
  fileName: string;
  base64: string;
}
