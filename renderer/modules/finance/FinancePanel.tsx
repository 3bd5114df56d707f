import { FinancialInfoWidget } from './FinancialInfoWidget';
import type { CreditPicture } from './useFinancialSnapshot';
import { OpenInvoicesTable } from './OpenInvoicesTable';
import styles from './FinancePanel.module.css';

/**
 * The client screen's side panel: Informações Financeiras with Faturas abertas below it. The
 * credit picture comes from the screen, which hands the same one to the header.
 */
export function FinancePanel({ clientId, picture }: { clientId: number; picture: CreditPicture }) {
  return (
    <div className={styles.panel} data-testid="finance-panel">
      <FinancialInfoWidget clientId={clientId} picture={picture} />
      <OpenInvoicesTable clientId={clientId} />
    </div>
  );
}
