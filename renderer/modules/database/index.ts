// The public surface of this feature: other features import from here (lint: features/no-cross-feature).
export { BackupList } from './BackupList';
export { CorruptionScreen } from './CorruptionScreen';
export { useDatabaseCorrupt } from './useDatabaseHealth';
