// The public surface of this feature: other features import from here (lint: features/no-cross-feature).
export { LoginScreen } from './LoginScreen';
export { LogoutEverywhereButton } from './LogoutEverywhereButton';
