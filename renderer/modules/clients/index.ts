// The public surface of this feature: other features import from here (lint: features/no-cross-feature).
export { useClient, useSetClient } from './useClient';
export { ClientScreen } from './ClientScreen';
export { ClientFlags } from './ClientFlags';
export { useClientHeaderSummary } from './useClientConsent';
