// The public surface of this feature: other features import from here (lint: features/no-cross-feature).
export { CreditReleaseScreen } from './CreditReleaseScreen';
export { CreditReleaseNavButton, CREDIT_RELEASE_KEY } from './CreditReleaseNavButton';
export { ClientOrdersTab } from './ClientOrdersTab';
export { CREDIT_RELEASE_CHANNELS } from './useDecisions';
