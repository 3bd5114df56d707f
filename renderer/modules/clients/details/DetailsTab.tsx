import { GuardedButton } from '../common/GuardedButton';
import { useClientTabs } from '../store';
import { useClient } from '../useClient';
import { DetailsForm } from './DetailsForm';
import { DetailsView } from './DetailsView';
import { QuickNotes } from './QuickNotes';

/** Reads the client from the cache the screen filled; a save writes it back there. */
export function DetailsTab({ clientId }: { clientId: number }) {
  const { client: cached, setClient: onClientChange } = useClient(clientId);
  // In the shared store, not local state: the Arquivos tab must know the form is open.
  const editing = useClientTabs((s) => s.editingDetails[clientId] ?? false);
  const setEditingDetails = useClientTabs((s) => s.setEditingDetails);
  const setEditing = (on: boolean) => setEditingDetails(clientId, on);
  if (!cached) return null;
  const client = cached;
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
