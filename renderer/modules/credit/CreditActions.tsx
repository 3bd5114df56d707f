import { useState } from 'react';
import type { Client } from '../../../shared/ipc/dto/clients';
import { MESSAGES } from '../../../shared/ipc/messages';
import { useCan } from '../auth/store';
import { useClient } from '../clients/useClient';
import { useFinancialSnapshot, withCreditPicture } from '../finance/useFinancialSnapshot';
import { CreditAnalysisDialog } from './CreditAnalysisDialog';
import { DepsFlow } from './DepsFlow';
import { useDepsFlow } from './useDepsFlow';

const NO_PERMISSION = MESSAGES.FORBIDDEN({ permission: 'clients.bureauQuery' });

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
  const allowed = useCan('clients.bureauQuery');
  const flow = useDepsFlow(client);
  const [analysis, setAnalysis] = useState(false);
  return (
    <div className="credit-actions" role="toolbar" aria-label="Crédito">
      {/* A disabled button shows no tooltip in every browser; the wrapper carries the reason. */}
      <span title={allowed ? undefined : NO_PERMISSION}>
        <button type="button" disabled={!allowed} onClick={() => void flow.start()}>
          Deps
        </button>
      </span>
      <span title={allowed ? undefined : NO_PERMISSION}>
        <button type="button" disabled={!allowed} onClick={() => setAnalysis(true)}>
          Análise crédito
        </button>
      </span>
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
