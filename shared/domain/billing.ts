/** Option lists and helpers of the billing DTOs (shared/ipc/dto/client-billing.ts holds types only). */
import type { BillingDocumentKind } from '../ipc/dto/client-billing';

export const BILLING_KIND_LABEL: Record<BillingDocumentKind, string> = {
  invoice: 'Fatura',
  credit_note: 'Nota de crédito',
};
