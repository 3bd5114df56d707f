import { useCallback } from 'react';
import type { Client } from '../../../../shared/ipc/dto/clients';
import { GuardedButton } from '../common/GuardedButton';
import { useClientTabs } from '../store';
import { DetailsForm } from './DetailsForm';
import { DetailsView } from './DetailsView';
import { QuickNotes } from './QuickNotes';
import { useErpEdits } from './useErpEdits';
import { call } from '../../../lib/api';
import { ErrorNote } from '../../../ui/ErrorNote';

interface Props {
  client: Client;
  onClientChange: (update: (c: Client | null) => Client | null) => void;
}

export function DetailsTab({ client, onClientChange }: Props) {
  // In the shared store, not local state: the Arquivos tab must know the form is open.
  const editing = useClientTabs((s) => s.editingDetails[client.id] ?? false);
  const setEditingDetails = useClientTabs((s) => s.setEditingDetails);
  const setEditing = (on: boolean) => setEditingDetails(client.id, on);
  const reloadClient = useCallback(() => {
    void call('clients.get', { id: client.id }).then((r) => r.ok && onClientChange(() => r.value));
  }, [client.id, onClientChange]);
  const erp = useErpEdits(client.id, reloadClient);
  const register = erp.edits.find((e) => e.target === 'client');
  return (
    <div className="details-tab">
      <div>
        {editing ? (
          <DetailsForm
            client={client}
            onCancel={() => setEditing(false)}
            onSaved={(saved) => {
              onClientChange(() => saved);
              setEditing(false);
              void erp.reload();
            }}
          />
        ) : (
          <>
            <div className="tab-toolbar">
              <GuardedButton permission="clients.edit" onClick={() => setEditing(true)}>
                Editar
              </GuardedButton>
            </div>
            <ErrorNote message={erp.error} />
            <DetailsView
              client={client}
              edit={register}
              onResolve={(choice) => void erp.resolve('client', choice)}
              onDismiss={() => void erp.dismiss('client')}
            />
          </>
        )}
      </div>
      <QuickNotes
        clientId={client.id}
        initial={client.notes}
        onSaved={(notes) => onClientChange((c) => (c ? { ...c, notes } : c))}
      />
    </div>
  );
}
