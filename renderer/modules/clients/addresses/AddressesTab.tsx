import { useState } from 'react';
import { ADDRESS_KINDS } from '../../../../shared/ipc/dto/client-addresses';
import { call } from '../../../lib/api';
import { errorMessage, useChannelQuery } from '../../../lib/query';
import { ErrorNote } from '../../../ui/ErrorNote';
import { AddressCard } from './AddressCard';
import { useErpEdits } from '../details/useErpEdits';

export function AddressesTab({ clientId }: { clientId: number }) {
  const q = useChannelQuery('clientAddresses.list', { clientId });
  const addresses = q.data ?? null;
  // A write's own failure, shown until the next answer; a failed read shows its own message.
  const [writeError, setError] = useState<string | null>(null);
  const error = writeError ?? errorMessage(q.error);
  const load = async () => {
    await q.refetch();
  };
  const erp = useErpEdits(clientId, load);

  if (!addresses)
    return error ? <ErrorNote message={error} /> : <p className="loading">Carregando endereços…</p>;
  return (
    <div className="addresses">
      <ErrorNote message={error} />
      {ADDRESS_KINDS.map((kind) => (
        <AddressCard
          key={kind}
          kind={kind}
          address={addresses.find((a) => a.kind === kind)}
          erpEdit={erp.edits.find((e) => e.target === `address:${kind}`)}
          onDismissErp={() => void erp.dismiss(`address:${kind}`)}
          onSave={async (k, a) => {
            const r = await call('clientAddresses.save', { clientId, kind: k, ...a });
            if (!r.ok) return r.error.message;
            await Promise.all([load(), erp.reload()]);
            return null;
          }}
          onRemove={async (k) => {
            const r = await call('clientAddresses.remove', { clientId, kind: k });
            setError(r.ok ? null : r.error.message);
            await load();
          }}
        />
      ))}
    </div>
  );
}
