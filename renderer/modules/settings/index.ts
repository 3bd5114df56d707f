// The public surface of this feature: other features import from here (lint: features/no-cross-feature).
export { BureauSection } from './BureauSection';
export { ErpSettingsForm } from './ErpSettingsForm';
export { ErpSyncPanel } from './ErpSyncPanel';
export { useErpSyncStatus } from './ErpSyncPanel';
