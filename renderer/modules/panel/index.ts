// The public surface of this feature: other features import from here (lint: features/no-cross-feature).
export { PanelPage } from './PanelPage';
export { BureauBudgetSection } from './BureauBudgetSection';
