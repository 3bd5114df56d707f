import { CreditEditDialog } from '../credit';
import { useClient } from '../clients';
import { useFinancialSnapshot, withCreditPicture } from '../finance';

/**
 * The client screen's own "Edição de situação/Limite de crédito" (the group's cap, the large
 * increase confirmation), opened from a release: saving or "Agora não" goes back to the release.
 */
export function LimitStep({ clientId, onDone }: { clientId: number; onDone: () => void }) {
  const { client, setClient } = useClient(clientId);
  const { snapshot } = useFinancialSnapshot(clientId);
  if (!client) return null;
  return (
    <CreditEditDialog
      client={withCreditPicture(client, snapshot)}
      detail={null}
      onSaved={(updated) => {
        setClient(updated);
        onDone();
      }}
      onClose={onDone}
    />
  );
}
