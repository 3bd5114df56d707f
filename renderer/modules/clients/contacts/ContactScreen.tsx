import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ClientContact } from '../../../../shared/ipc/dto/client-contacts';
import { call } from '../../../lib/api';
import { channelKey, errorMessage, useChannelQuery } from '../../../lib/query';
import { ErrorNote } from '../../../ui/ErrorNote';
import { useWorkspace } from '../../workspace/store';
import { ContactForm } from './ContactForm';

/** Contatos → Editar: the contact in its own workspace tab, restored after a restart like a client tab. */
export function ContactScreen({ id }: { id: number }) {
  // The same cache entry as this contact's workspace tab label.
  const q = useChannelQuery('clientContacts.get', { id });
  const contact = q.data ?? null;
  const error = errorMessage(q.error);
  const queryClient = useQueryClient();
  const setContact = (c: ClientContact) =>
    queryClient.setQueryData(channelKey('clientContacts.get', { id }), c);
  const [saved, setSaved] = useState(false);
  const { openClient, closeContact } = useWorkspace();

  if (!contact) return error ? <ErrorNote message={error} /> : <p className="loading">Carregando contato…</p>;
  return (
    <section className="contact-screen" aria-label={`Contato ${contact.name}`}>
      <div className="tab-toolbar">
        <h2>Contato: {contact.name}</h2>
        <span className="spacer" />
        <button type="button" onClick={() => openClient(contact.clientId)}>
          Abrir cliente
        </button>
      </div>
      <ContactForm
        key={contact.updatedAt}
        contact={contact}
        defaultCompany={contact.company}
        stayOpen
        onClose={() => closeContact(id)}
        onSave={async (fields) => {
          const r = await call('clientContacts.save', { clientId: contact.clientId, id, fields });
          if (!r.ok) return r.error.message;
          setContact(r.value);
          setSaved(true);
          return null;
        }}
      />
      {saved && (
        <p className="bureau-saved" role="status">
          Contato salvo.
        </p>
      )}
    </section>
  );
}
