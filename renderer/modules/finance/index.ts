// The public surface of this feature: other features import from here (lint: features/no-cross-feature).
export { FinancePanel } from './FinancePanel';
export { useFinancialSnapshot, withCreditPicture, type CreditPicture } from './useFinancialSnapshot';
