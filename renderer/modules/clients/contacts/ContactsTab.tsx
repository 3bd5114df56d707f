import { useMemo, useState } from 'react';
import { mailtoFor } from '../../../../shared/domain/contact-tags';
import { errorMessage, useChannelMutation, useChannelQuery } from '../../../lib/query';
import { ErrorNote } from '../../../ui/ErrorNote';
import { GuardedButton } from '../../../ui/GuardedButton';
import { ContactDialog } from './ContactDialog';
import { ContactsTable } from './ContactsTable';
import { useWorkspace } from '../../workspace/store';
import { notify } from '../../../ui/toast-store';
import { useClientConsent } from '../useClientConsent';
import toolbarCss from '../../../ui/Toolbar.module.css';
import chipCss from '../../../ui/Chips.module.css';

export function ContactsTab({ clientId }: { clientId: number }) {
  const q = useChannelQuery('clientContacts.list', { clientId });
  const contacts = q.data ?? null;
  const save = useChannelMutation('clientContacts.save', { invalidates: ['clientContacts.list'] });
  const remove = useChannelMutation('clientContacts.remove', { invalidates: ['clientContacts.list'] });
  // A removal's own failure, shown until the next removal; a failed read shows its own message.
  const error = errorMessage(remove.error) ?? errorMessage(q.error);
  const [tag, setTag] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [editing, setEditing] = useState<'new' | null>(null);
  const openContact = useWorkspace((s) => s.openContact);
  const { messages } = useClientConsent(clientId);

  const tags = useMemo(() => [...new Set((contacts ?? []).flatMap((c) => c.tags))].sort(), [contacts]);
  const visible = (contacts ?? []).filter((c) => tag === null || c.tags.includes(tag));
  const emails = visible.filter((c) => selected.has(c.id) && c.email).map((c) => c.email as string);

  if (!contacts)
    return error ? <ErrorNote message={error} /> : <p className="loading">Carregando contatos…</p>;
  return (
    <div className="contacts">
      <div className={toolbarCss.toolbar}>
        <div className={chipCss.chips} role="group" aria-label="Filtrar por etiqueta">
          {[null, ...tags].map((t) => (
            <button
              key={t ?? ''}
              type="button"
              className={chipCss.chip}
              aria-pressed={tag === t}
              onClick={() => setTag(t)}
            >
              {t ?? 'Todas'}
            </button>
          ))}
        </div>
        <span className={toolbarCss.spacer} />
        {messages.blocked && (
          <span className="muted" id="contacts-messages-blocked" data-testid="contacts-messages-blocked">
            {messages.reason}
          </span>
        )}
        <button
          type="button"
          disabled={emails.length === 0 || messages.blocked}
          aria-describedby={messages.blocked ? 'contacts-messages-blocked' : undefined}
          title={
            messages.blocked
              ? (messages.reason ?? undefined)
              : emails.length === 0
                ? 'Marque os contatos que devem receber o e-mail.'
                : undefined
          }
          onClick={() => {
            window.open(mailtoFor(emails), '_blank', 'noopener');
            notify(
              `Abrindo o programa de e-mail para ${emails.length} contato${emails.length === 1 ? '' : 's'}.`,
              'info',
            );
          }}
        >
          Enviar e-mail{emails.length > 0 ? ` (${emails.length})` : ''}
        </button>
        <GuardedButton
          permission="clients.edit"
          aria-label="Adicionar contato"
          onClick={() => setEditing('new')}
        >
          +
        </GuardedButton>
      </div>
      <ErrorNote message={error} />
      <ContactsTable
        contacts={visible}
        selected={selected}
        onSelect={setSelected}
        onEdit={(c) => openContact(c.id)}
        onRemove={async (c) => {
          // A removal on its way takes no second one (a double click writes once).
          if (remove.isPending || !window.confirm(`Remover o contato ${c.name}?`)) return;
          await remove.mutateAsync({ id: c.id }).catch(() => undefined);
        }}
      />
      {editing && (
        <ContactDialog
          contact={null}
          clientId={clientId}
          defaultCompany={contacts[0]?.company ?? ''}
          onClose={() => setEditing(null)}
          onSave={async (fields) => {
            try {
              await save.mutateAsync({ clientId, fields });
              return null;
            } catch (e) {
              return errorMessage(e);
            }
          }}
        />
      )}
    </div>
  );
}
