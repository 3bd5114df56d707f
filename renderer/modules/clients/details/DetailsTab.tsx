import type { Client } from '../../../../shared/ipc/dto/clients';
import { GuardedButton } from '../../../ui/GuardedButton';
import { useClientTabs } from '../store';
import { DetailsForm } from './DetailsForm';
import { DetailsView } from './DetailsView';
import { QuickNotes } from './QuickNotes';

interface Props {
  client: Client;
  onClientChange: (update: (c: Client | null) => Client | null) => void;
}

export function DetailsTab({ client, onClientChange }: Props) {
  // In the shared store, not local state: the Arquivos tab must know the form is open.
  const editing = useClientTabs((s) => s.editingDetails[client.id] ?? false);
  const setEditingDetails = useClientTabs((s) => s.setEditingDetails);
  const setEditing = (on: boolean) => setEditingDetails(client.id, on);
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
            }}
          />
        ) : (
          <>
            <div className="tab-toolbar">
              <GuardedButton permission="clients.edit" onClick={() => setEditing(true)}>
                Editar
              </GuardedButton>
            </div>
            <DetailsView client={client} />
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
