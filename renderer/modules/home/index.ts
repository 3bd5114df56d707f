// The public surface of this feature: other features import from here (lint: features/no-cross-feature).
export { AgentHome } from './AgentHome';
export { useScreenPop, type AttachCallClient, type ScreenPopSearch } from './useScreenPop';
export { CallDraftBar } from './CallDraftBar';
