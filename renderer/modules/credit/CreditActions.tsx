import { useState } from 'react';
import type { Client } from '../../../shared/ipc/dto/clients';
import { GuardedButton } from '../../ui/GuardedButton';
import { CreditAnalysisDialog } from './CreditAnalysisDialog';
import { DepsFlow } from './DepsFlow';
import { useDepsFlow } from './useDepsFlow';

/** The Deps and Análise crédito buttons of the client screen, with every dialog they open. */
export function CreditActions({
  client,
  onClientChange,
}: {
  client: Client;
  onClientChange: (c: Client) => void;
}) {
  const flow = useDepsFlow(client);
  const [analysis, setAnalysis] = useState(false);
  return (
    <div className="credit-actions" role="toolbar" aria-label="Crédito">
      <GuardedButton permission="clients.bureauQuery" onClick={() => void flow.start()}>
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
            if (row.status === 'unknown' && row.id !== null) {
              flow.setStep({ kind: 'unknown', row, message: row.errorMessage ?? '', error: null });
            } else void flow.openStored(row, row.productId);
          }}
        />
      )}
      <DepsFlow client={client} flow={flow} onClientChange={onClientChange} />
    </div>
  );
}
