import { FinancialInfoWidget } from './FinancialInfoWidget';
import { OpenInvoicesTable } from './OpenInvoicesTable';
import styles from './FinancePanel.module.css';

/** The client screen's side panel: Informações Financeiras with Faturas abertas below it. */
export function FinancePanel({ clientId }: { clientId: number }) {
  return (
    <div className={styles.panel} data-testid="finance-panel">
      <FinancialInfoWidget clientId={clientId} />
      <OpenInvoicesTable clientId={clientId} />
    </div>
  );
}
