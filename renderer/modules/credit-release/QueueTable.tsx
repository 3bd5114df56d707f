import { useEffect, useRef, type KeyboardEvent } from 'react';
import { CREDIT_BLOCK_REASON_LABEL, type CreditQueueSort } from '../../../shared/domain/credit-release';
import type { CreditOrderRow } from '../../../shared/ipc/dto/credit-release';
import { formatBRL, formatDateBR } from '../../ui/format';
import { VirtualRows } from '../../ui/VirtualRows';
import { OrderStateBadge } from './OrderStateBadge';
import { queueKeyDown, reconcileQueue, type QueueState } from './queueKeys';
import styles from './CreditRelease.module.css';

const COLUMNS = '90px 96px 64px minmax(180px, 1.4fr) minmax(120px, 1fr) 140px 120px 170px';

interface Props {
  rows: CreditOrderRow[];
  state: QueueState;
  onState: (state: QueueState) => void;
  onOpen: (orderId: number) => void;
  sort: CreditQueueSort;
  onSort: (sort: CreditQueueSort) => void;
  hasMore: boolean;
  onEndReached: () => void;
  empty: string;
}

/** Which way a column sorts now, and where a click on it goes next. */
const SORTS: Record<
  'date' | 'value' | 'client',
  { on: CreditQueueSort[]; next: (s: CreditQueueSort) => CreditQueueSort }
> = {
  date: { on: ['date_desc', 'date_asc'], next: (s) => (s === 'date_desc' ? 'date_asc' : 'date_desc') },
  value: { on: ['value_desc', 'value_asc'], next: (s) => (s === 'value_desc' ? 'value_asc' : 'value_desc') },
  client: { on: ['client_asc'], next: () => 'client_asc' },
};

function SortHeader({
  column,
  label,
  sort,
  onSort,
  className,
}: {
  column: keyof typeof SORTS;
  label: string;
  sort: CreditQueueSort;
  onSort: (s: CreditQueueSort) => void;
  className?: string;
}) {
  const active = SORTS[column].on.includes(sort);
  const dir = !active ? 'none' : sort.endsWith('_asc') ? 'ascending' : 'descending';
  return (
    <span role="columnheader" aria-sort={dir} className={className}>
      <button type="button" className={styles.sortButton} onClick={() => onSort(SORTS[column].next(sort))}>
        {label} {dir === 'ascending' ? '▲' : dir === 'descending' ? '▼' : ''}
      </button>
    </span>
  );
}

/**
 * The virtualized queue with its keyboard (queueKeys.ts): the active row follows ↑/↓, Enter opens,
 * L and R ask for a confirmation. Rows that come and go keep the agent on the same order.
 */
export function QueueTable(p: Props) {
  const ids = p.rows.map((r) => r.orderId);
  const previous = useRef<number[]>(ids);
  const { state, onState } = p;
  const idsKey = ids.join(',');
  useEffect(() => {
    const next = idsKey === '' ? [] : idsKey.split(',').map(Number);
    const reconciled = reconcileQueue(state, previous.current, next);
    previous.current = next;
    if (reconciled !== state) onState(reconciled);
  }, [idsKey, state, onState]);

  const wrapper = useRef<HTMLDivElement>(null);
  const hadDialog = useRef(false);
  useEffect(() => {
    // Back from a confirmation: the keyboard goes on from the active row (its old row may be gone).
    if (hadDialog.current && !state.dialog)
      requestAnimationFrame(() =>
        wrapper.current?.querySelector<HTMLElement>('[aria-current="true"]')?.focus(),
      );
    hadDialog.current = !!state.dialog;
  }, [state.dialog]);

  // Opened with F7 or from the top bar: the keyboard starts on the queue (its last place, else the top).
  const started = useRef(false);
  useEffect(() => {
    if (started.current || idsKey === '') return;
    started.current = true;
    const first = Number(idsKey.split(',')[0]);
    if (state.activeId === null || !idsKey.split(',').includes(String(state.activeId)))
      onState({ ...state, activeId: first });
    // Idle: nothing focused, or only the screen's own heading (where the shell puts a new screen's focus).
    const active = document.activeElement;
    const idle =
      active === null || active === document.body || (active.tagName === 'H1' && !!active.closest('main'));
    if (idle)
      requestAnimationFrame(() =>
        wrapper.current?.querySelector<HTMLElement>('[aria-current="true"]')?.focus(),
      );
  }, [idsKey, state, onState]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if ((e.target as HTMLElement).closest('button, input, select, textarea')) return;
    const r = queueKeyDown(state, ids, e.key);
    if (!r.handled) return;
    e.preventDefault();
    if (r.state !== state) onState(r.state);
    if (r.command.type === 'open') p.onOpen(r.command.orderId);
  };

  const activeIndex = state.activeId === null ? -1 : ids.indexOf(state.activeId);
  return (
    <div ref={wrapper} className={styles.table} onKeyDown={onKeyDown}>
      <VirtualRows
        label="Pedidos bloqueados por crédito"
        rows={p.rows}
        columns={COLUMNS}
        header={
          <>
            <span role="columnheader">Pedido</span>
            <SortHeader column="date" label="Data" sort={p.sort} onSort={p.onSort} />
            <span role="columnheader" className={styles.num}>
              Idade
            </span>
            <SortHeader column="client" label="Cliente" sort={p.sort} onSort={p.onSort} />
            <span role="columnheader">Vendedor</span>
            <span role="columnheader">Motivo</span>
            <SortHeader column="value" label="Valor" sort={p.sort} onSort={p.onSort} className={styles.num} />
            <span role="columnheader">Situação</span>
          </>
        }
        rowKey={(o) => o.orderId}
        rowLabel={(o) => `Pedido ${o.number}, ${o.clientName}, ${formatBRL(o.valueCents)}`}
        onOpen={(o) => p.onOpen(o.orderId)}
        onRowFocus={(o) => o.orderId !== state.activeId && onState({ ...state, activeId: o.orderId })}
        activeIndex={activeIndex}
        renderCells={(o) => (
          <>
            <span role="cell" className="mono">
              {o.number}
            </span>
            <span role="cell">{formatDateBR(o.date)}</span>
            <span role="cell" className={styles.num}>
              {o.ageDays} d
            </span>
            <span role="cell" className={styles.ellipsis} title={o.clientName}>
              {o.clientName.startsWith(o.clientErpCode)
                ? o.clientName
                : `${o.clientErpCode} · ${o.clientName}`}
            </span>
            <span role="cell" className={styles.ellipsis}>
              {o.sellerName ?? o.sellerCode ?? '—'}
            </span>
            <span role="cell">{o.blockReason ? CREDIT_BLOCK_REASON_LABEL[o.blockReason] : '—'}</span>
            <span role="cell" className={styles.num}>
              {formatBRL(o.valueCents)}
            </span>
            <span role="cell" data-testid="queue-row-state">
              {o.decision ? (
                <OrderStateBadge order={o} />
              ) : (
                <span className={styles.hint}>Aguardando análise</span>
              )}
            </span>
          </>
        )}
        hasMore={p.hasMore}
        onEndReached={p.onEndReached}
        empty={p.empty}
      />
    </div>
  );
}
