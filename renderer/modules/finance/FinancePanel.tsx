import { FinancialInfoWidget } from './FinancialInfoWidget';
import { OpenInvoicesTable } from './OpenInvoicesTable';

/** The client screen's side panel: Informações Financeiras with Faturas abertas below it. */
export function FinancePanel({ clientId }: { clientId: number }) {
  return (
    <div className="finance-panel" data-testid="finance-panel">
      <FinancialInfoWidget clientId={clientId} />
      <OpenInvoicesTable clientId={clientId} />
    </div>
  );
}
