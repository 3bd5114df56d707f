import { GuardedButton } from '../../../ui/GuardedButton';
import { useClientTabs } from '../store';
import { useClient } from '../useClient';
import { DetailsForm } from './DetailsForm';
import { DetailsView } from './DetailsView';
import { QuickNotes } from './QuickNotes';
import { useErpEdits } from './useErpEdits';
import { ErrorNote } from '../../../ui/ErrorNote';
import toolbarCss from '../../../ui/Toolbar.module.css';
import detailsCss from './details.module.css';

/** Reads the client from the cache the screen filled; a save writes it back there. */
export function DetailsTab({ clientId }: { clientId: number }) {
  const { client: cached, setClient: onClientChange } = useClient(clientId);
  // In the shared store, not local state: the Arquivos tab must know the form is open.
  const editing = useClientTabs((s) => s.editingDetails[clientId] ?? false);
  const setEditingDetails = useClientTabs((s) => s.setEditingDetails);
  const setEditing = (on: boolean) => setEditingDetails(clientId, on);
  const erp = useErpEdits(clientId);
  const register = erp.edits.find((e) => e.target === 'client');
  if (!cached) return null;
  const client = cached;
  return (
    <div className={detailsCss.tab}>
      <div>
        {editing ? (
          <DetailsForm
            client={client}
            onCancel={() => setEditing(false)}
            onSaved={(saved) => {
              onClientChange(() => saved);
              // The save's mutation already refreshed the pending ERP edits (DetailsForm).
              setEditing(false);
            }}
          />
        ) : (
          <>
            <div className={toolbarCss.toolbar}>
              <GuardedButton permission="clients.edit" onClick={() => setEditing(true)}>
                Editar
              </GuardedButton>
            </div>
            <ErrorNote message={erp.error} />
            <DetailsView
              client={client}
              edit={register}
              onResolve={(choice) => erp.resolve('client', choice)}
              onDismiss={() => erp.dismiss('client')}
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
