import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ClientContact } from '../../../../shared/ipc/dto/client-contacts';
import { channelKey, errorMessage, useChannelMutation, useChannelQuery } from '../../../lib/query';
import { ErrorNote } from '../../../ui/ErrorNote';
import { useWorkspace } from '../../workspace/store';
import { ContactForm } from './ContactForm';
import toolbarCss from '../../../ui/Toolbar.module.css';
import noticeCss from '../../../ui/notices.module.css';

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
  // The client's Contatos list shows the saved name, e-mail and tags.
  const save = useChannelMutation('clientContacts.save', {
    invalidates: ['clientContacts.list'],
    onSuccess: (c) => {
      setContact(c);
      setSaved(true);
    },
  });
  const { openClient, closeContact } = useWorkspace();

  if (!contact) return error ? <ErrorNote message={error} /> : <p className="loading">Carregando contato…</p>;
  return (
    <section className="contact-screen" aria-label={`Contato ${contact.name}`}>
      <div className={toolbarCss.toolbar}>
        <h2>Contato: {contact.name}</h2>
        <span className={toolbarCss.spacer} />
        <button type="button" onClick={() => openClient(contact.clientId)}>
          Abrir cliente
        </button>
      </div>
      <ContactForm
        key={contact.updatedAt}
        contact={contact}
        clientId={contact.clientId}
        defaultCompany={contact.company}
        stayOpen
        onClose={() => closeContact(id)}
        onSave={async (fields) => {
          try {
            await save.mutateAsync({ clientId: contact.clientId, id, fields });
            return null;
          } catch (e) {
            return errorMessage(e);
          }
        }}
      />
      {saved && (
        <p className={noticeCss.saved} role="status">
          Contato salvo.
        </p>
      )}
    </section>
  );
}
