import { useState } from 'react';
import type { Client } from '../../../../shared/ipc/dto/clients';
import { GuardedButton } from '../common/GuardedButton';
import { DetailsForm } from './DetailsForm';
import { DetailsView } from './DetailsView';
import { QuickNotes } from './QuickNotes';

interface Props {
  client: Client;
  onClientChange: (update: (c: Client | null) => Client | null) => void;
}

export function DetailsTab({ client, onClientChange }: Props) {
  const [editing, setEditing] = useState(false);
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
