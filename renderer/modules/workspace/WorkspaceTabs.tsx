import { useEffect, useState } from 'react';
import { call } from '../../lib/api';
import { useWorkspace } from './store';

function useClientLabels(ids: number[]): Record<number, string> {
  const [labels, setLabels] = useState<Record<number, string>>({});
  useEffect(() => {
    for (const id of ids) {
      if (labels[id]) continue;
      void call('clients.get', { id }).then((r) => {
        if (!r.ok) return;
        const name = r.value.tradeName ?? r.value.legalName;
        // Demo data and many ERPs already prefix the trade name with the code; do not repeat it.
        const label = name.startsWith(r.value.erpCode) ? name : `${r.value.erpCode} ${name}`;
        setLabels((l) => ({ ...l, [id]: label }));
      });
    }
  }, [ids, labels]);
  return labels;
}

function useContactLabels(ids: number[]): Record<number, string> {
  const [labels, setLabels] = useState<Record<number, string>>({});
  useEffect(() => {
    for (const id of ids) {
      if (labels[id]) continue;
      void call('clientContacts.get', { id }).then((r) => {
        if (r.ok) setLabels((l) => ({ ...l, [id]: `Contato: ${r.value.name}` }));
      });
    }
  }, [ids, labels]);
  return labels;
}

/** One tab per open client (and per contact opened from Contatos), like a browser. */
export function WorkspaceTabs() {
  const { openClientIds, openContactIds, view, show, closeClient, closeContact } = useWorkspace();
  const labels = useClientLabels(openClientIds);
  const contactLabels = useContactLabels(openContactIds);
  return (
    <nav className="workspace-tabs" aria-label="Clientes abertos">
      <button
        type="button"
        className={view.kind === 'home' ? 'ws-tab ws-tab-active' : 'ws-tab'}
        onClick={() => show({ kind: 'home' })}
      >
        Início
      </button>
      {openClientIds.map((id) => {
        const active = view.kind === 'client' && view.id === id;
        return (
          <div key={id} className={active ? 'ws-tab ws-tab-active' : 'ws-tab'} data-testid="workspace-tab">
            <button type="button" className="ws-tab-label" onClick={() => show({ kind: 'client', id })}>
              {labels[id] ?? `Cliente ${id}`}
            </button>
            <button
              type="button"
              className="ws-tab-close"
              aria-label="Fechar cliente (Ctrl+W)"
              title="Fechar (Ctrl+W)"
              onClick={() => closeClient(id)}
            >
              ×
            </button>
          </div>
        );
      })}
      {openContactIds.map((id) => {
        const active = view.kind === 'contact' && view.id === id;
        return (
          <div
            key={`c${id}`}
            className={active ? 'ws-tab ws-tab-active' : 'ws-tab'}
            data-testid="contact-tab"
          >
            <button type="button" className="ws-tab-label" onClick={() => show({ kind: 'contact', id })}>
              {contactLabels[id] ?? `Contato ${id}`}
            </button>
            <button
              type="button"
              className="ws-tab-close"
              aria-label="Fechar contato (Ctrl+W)"
              title="Fechar (Ctrl+W)"
              onClick={() => closeContact(id)}
            >
              ×
            </button>
          </div>
        );
      })}
    </nav>
  );
}
