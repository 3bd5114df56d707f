import { useState } from 'react';
import type { Client } from '../../../shared/ipc/dto/clients';
import { useClient } from '../clients';
import { useFinancialSnapshot, withCreditPicture } from '../finance';
import { GuardedButton } from '../../ui/GuardedButton';
import { CreditAnalysisDialog } from './CreditAnalysisDialog';
import { DepsFlow } from './DepsFlow';
import { useDepsFlow } from './useDepsFlow';
import styles from './CreditActions.module.css';

/** The Deps and Análise crédito buttons of the client screen, with every dialog they open. */
export function CreditActions({ clientId }: { clientId: number }) {
  const { client, setClient } = useClient(clientId);
  const { snapshot } = useFinancialSnapshot(clientId);
  if (!client) return null;
  // The Deps dialogs start from the same credit picture as the header.
  return <CreditActionsFor client={withCreditPicture(client, snapshot)} onClientChange={setClient} />;
}

function CreditActionsFor({
  client,
  onClientChange,
}: {
  client: Client;
  onClientChange: (c: Client) => void;
}) {
  const flow = useDepsFlow(client);
  const [analysis, setAnalysis] = useState(false);
  return (
    <div className={styles.actions} role="toolbar" aria-label="Crédito">
      <GuardedButton permission="clients.bureauQuery" onClick={flow.start}>
        Deps
      </GuardedButton>
      <GuardedButton permission="clients.bureauQuery" onClick={() => setAnalysis(true)}>
        Análise crédito
      </GuardedButton>
      {analysis && (
        <CreditAnalysisDialog
          client={client}
          onClose={() => setAnalysis(false)}
          onOpen={(row) => {
            setAnalysis(false);
            flow.openRow(row);
          }}
        />
      )}
      <DepsFlow client={client} flow={flow} onClientChange={onClientChange} />
    </div>
  );
}
