// The public surface of floor mode in the renderer (lint: features/no-cross-feature).
export { FloorOfflineBanner } from './FloorOfflineBanner';
export { FloorSection } from './FloorSection';
export { useFloorStatus } from './useFloorStatus';
