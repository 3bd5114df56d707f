import { useQueries } from '@tanstack/react-query';
import { callOrThrow } from '../../lib/api';
import { channelKey } from '../../lib/query';
import { useWorkspace } from './store';
import { onTablistKeyDown, tabProps } from './tablistKeys';
import styles from './WorkspaceTabs.module.css';

/** Labels from the same cache entries the client and contact screens read, so a tab costs no extra call. */
function useClientLabels(ids: number[]): Record<number, string> {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: channelKey('clients.get', { id }),
      queryFn: () => callOrThrow('clients.get', { id }),
    })),
    combine: (results) => {
      const labels: Record<number, string> = {};
      results.forEach((r, i) => {
        if (!r.data) return;
        const name = r.data.tradeName ?? r.data.legalName;
        // Demo data and many ERPs already prefix the trade name with the code; do not repeat it.
        labels[ids[i] as number] = name.startsWith(r.data.erpCode) ? name : `${r.data.erpCode} ${name}`;
      });
      return labels;
    },
  });
}

function useContactLabels(ids: number[]): Record<number, string> {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: channelKey('clientContacts.get', { id }),
      queryFn: () => callOrThrow('clientContacts.get', { id }),
    })),
    combine: (results) => {
      const labels: Record<number, string> = {};
      results.forEach((r, i) => {
        if (r.data) labels[ids[i] as number] = `Contato: ${r.data.name}`;
      });
      return labels;
    },
  });
}

/** One tab per open client (and per contact opened from Contatos), like a browser. */
export function WorkspaceTabs() {
  const { openClientIds, openContactIds, view, show, closeClient, closeContact } = useWorkspace();
  const labels = useClientLabels(openClientIds);
  const contactLabels = useContactLabels(openContactIds);
  return (
    <div role="tablist" className={styles.strip} aria-label="Clientes abertos" onKeyDown={onTablistKeyDown}>
      <button
        type="button"
        {...tabProps(view.kind === 'home', view.kind === 'home' || view.kind === 'settings')}
        className={`${styles.tab} ${styles.label} ${styles.home} ${view.kind === 'home' ? styles.active : ''}`}
        onClick={() => show({ kind: 'home' })}
      >
        Início
      </button>
      {openClientIds.map((id) => {
        const active = view.kind === 'client' && view.id === id;
        return (
          <div
            key={id}
            role="presentation"
            className={active ? `${styles.tab} ${styles.active}` : styles.tab}
            data-testid="workspace-tab"
          >
            <button
              type="button"
              {...tabProps(active)}
              className={styles.label}
              title={labels[id]}
              onClick={() => show({ kind: 'client', id })}
            >
              {labels[id] ?? `Cliente ${id}`}
            </button>
            <button
              type="button"
              className={styles.close}
              tabIndex={-1}
              aria-hidden="true"
              data-close-tab=""
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
            role="presentation"
            className={active ? `${styles.tab} ${styles.active}` : styles.tab}
            data-testid="contact-tab"
          >
            <button
              type="button"
              {...tabProps(active)}
              className={styles.label}
              title={contactLabels[id]}
              onClick={() => show({ kind: 'contact', id })}
            >
              {contactLabels[id] ?? `Contato ${id}`}
            </button>
            <button
              type="button"
              className={styles.close}
              tabIndex={-1}
              aria-hidden="true"
              data-close-tab=""
              aria-label="Fechar contato (Ctrl+W)"
              title="Fechar (Ctrl+W)"
              onClick={() => closeContact(id)}
            >
              ×
            </button>
          </div>
        );
      })}
    </div>
  );
}
