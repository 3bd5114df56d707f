// The public surface of this feature: other features import from here (lint: features/no-cross-feature).
export { CreditActions } from './CreditActions';
export { CreditEditDialog } from './CreditEditDialog';
