import { Dialog } from 'radix-ui';
import { useEffect, useRef, useState } from 'react';
import { useWorkspace } from '../workspace/store';
import { SearchResultRow } from './SearchResultRow';
import { useClientSearch } from './useClientSearch';
import { FirstSyncNotice } from '../setup';
import styles from './SearchDialog.module.css';

interface Props {
  onClose: () => void;
  /** Typed in already (a screen pop's phone number), with what the console says about it. */
  initialQuery?: string;
  notice?: string | null;
  onOpened?: (clientId: number) => void;
}

/** F9: "Central de Atendimento" client search. ↑/↓ move, Enter opens, Esc closes. */
export function SearchDialog({ onClose, initialQuery = '', notice = null, onOpened }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [selected, setSelected] = useState(0);
  const { rows, error, settled, answered } = useClientSearch(query);
  const openClient = useWorkspace((s) => s.openClient);

  // Enter pressed before the answer to the last keystroke arrived opens that answer's row, not a stale one.
  const pendingEnter = useRef(false);

  useEffect(() => setSelected(0), [rows]);

  const open = (index: number) => {
    const row = rows[index];
    if (!row) return;
    openClient(row.id);
    onOpened?.(row.id);
    onClose();
  };

  useEffect(() => {
    if (settled && pendingEnter.current) {
      pendingEnter.current = false;
      open(0);
    }
  });

  return (
    // Radix traps focus and makes the workspace behind inert; div, not header/footer, so the
    // dialog adds no second banner or contentinfo landmark.
    <Dialog.Root open onOpenChange={(isOpen) => !isOpen && onClose()}>
      <Dialog.Portal container={document.body}>
        <Dialog.Overlay className={styles.backdrop}>
          <Dialog.Content className={styles.dialog} aria-modal="true" aria-describedby={undefined}>
            <div className={styles.header}>
              <Dialog.Title>Central de Atendimento</Dialog.Title>
              <span className="muted">Nome, CNPJ/CPF, código ERP, e-mail ou telefone</span>
            </div>
            <input
              autoFocus
              className={styles.input}
              role="combobox"
              aria-expanded="true"
              aria-controls="search-results"
              aria-label="Buscar cliente"
              placeholder="Digite para buscar…"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown') {
                  e.preventDefault();
                  setSelected((s) => Math.min(s + 1, rows.length - 1));
                } else if (e.key === 'ArrowUp') {
                  e.preventDefault();
                  setSelected((s) => Math.max(s - 1, 0));
                } else if (e.key === 'Enter') {
                  e.preventDefault();
                  if (settled) open(selected);
                  else pendingEnter.current = true;
                } else if (e.key === 'Escape') {
                  e.preventDefault();
                  onClose();
                }
              }}
            />
            <FirstSyncNotice what="a busca só encontra os clientes já recebidos." />
            {notice && query === initialQuery && (
              <p className={styles.empty} role="status">
                {notice}
              </p>
            )}
            {query.trim() === '' && <div className={styles.section}>Abertos recentemente</div>}
            <ul
              id="search-results"
              role="listbox"
              className={styles.results}
              aria-label="Resultados"
              data-answered={answered ?? ''}
            >
              {rows.map((row, i) => (
                <SearchResultRow
                  key={row.id}
                  row={row}
                  selected={i === selected}
                  onOpen={() => open(i)}
                  onHover={() => setSelected(i)}
                />
              ))}
            </ul>
            {error && <p className="error-note">{error}</p>}
            {settled && !error && rows.length === 0 && !(notice && query === initialQuery) && (
              <p className={styles.empty}>
                {query.trim() === '' ? 'Nenhum cliente aberto recentemente.' : 'Nenhum cliente encontrado.'}
              </p>
            )}
            <div className={`${styles.footer} muted`}>↑ ↓ navegar · Enter abrir · Esc fechar</div>
          </Dialog.Content>
        </Dialog.Overlay>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
