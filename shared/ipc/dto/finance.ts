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

export interface FinancialSnapshot {
  clientId: number;
  values: FinancialValues;
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
