import { ADDRESS_KINDS } from '../../../../shared/domain/addresses';
import { errorMessage, useChannelMutation, useChannelQuery } from '../../../lib/query';
import { ErrorNote } from '../../../ui/ErrorNote';
import { AddressCard } from './AddressCard';
import { useErpEdits } from '../details/useErpEdits';
import addressCss from './addresses.module.css';

// A saved or removed address changes the list and, for an ERP-owned one, its pending edit.
const INVALIDATES = ['clientAddresses.list', 'clientErpEdits.list'] as const;

export function AddressesTab({ clientId }: { clientId: number }) {
  const q = useChannelQuery('clientAddresses.list', { clientId });
  const addresses = q.data ?? null;
  const save = useChannelMutation('clientAddresses.save', { invalidates: [...INVALIDATES] });
  const remove = useChannelMutation('clientAddresses.remove', { invalidates: [...INVALIDATES] });
  // A removal's own failure, shown until the next write; a failed read shows its own message.
  const error = errorMessage(remove.error) ?? errorMessage(q.error);
  const erp = useErpEdits(clientId);

  if (!addresses)
    return error ? <ErrorNote message={error} /> : <p className="loading">Carregando endereços…</p>;
  return (
    <div className={addressCss.addresses}>
      <ErrorNote message={error} />
      {ADDRESS_KINDS.map((kind) => (
        <AddressCard
          key={kind}
          kind={kind}
          address={addresses.find((a) => a.kind === kind)}
          erpEdit={erp.edits.find((e) => e.target === `address:${kind}`)}
          onDismissErp={() => erp.dismiss(`address:${kind}`)}
          onSave={async (k, a) => {
            try {
              await save.mutateAsync({ clientId, kind: k, ...a });
              return null;
            } catch (e) {
              return errorMessage(e);
            }
          }}
          onRemove={async (k) => {
            await remove.mutateAsync({ clientId, kind: k }).catch(() => undefined);
          }}
        />
      ))}
    </div>
  );
}
