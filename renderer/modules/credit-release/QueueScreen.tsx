import { useCallback } from 'react';
import type { CreditQueuePage } from '../../../shared/ipc/dto/credit-release';
import { usePagedQuery } from '../../lib/usePagedQuery';
import { ListFooter } from '../../ui/ListFooter';
import { QueueFilterBar } from './QueueFilterBar';
import { QueueTable } from './QueueTable';
import { queueInput } from './queueInput';
import { closeQueueDialog, type QueueState } from './queueKeys';
import { ReasonCounts } from './ReasonCounts';
import { RejectDialog } from './RejectDialog';
import { ReleaseDialog } from './ReleaseDialog';
import { useCreditReleaseUi } from './store';
import { useDebounced } from './useDebounced';
import styles from './CreditRelease.module.css';

/** The queue of orders blocked by credit: counts per reason, filters, the list and its two confirmations. */
export function QueueScreen() {
  const filters = useDebounced(useCreditReleaseUi((s) => s.filters));
  const setFilters = useCreditReleaseUi((s) => s.setFilters);
  const sort = useCreditReleaseUi((s) => s.sort);
  const setSort = useCreditReleaseUi((s) => s.setSort);
  const state = useCreditReleaseUi((s) => s.queue);
  const setState = useCreditReleaseUi((s) => s.setQueue);
  const open = useCreditReleaseUi((s) => s.open);
  const reasons = useCreditReleaseUi((s) => s.filters.reasons);
  const list = usePagedQuery('creditRelease.queue', (cursor) => queueInput(filters, sort, cursor));
  const page = list.firstPage as CreditQueuePage | null;
  const onState = useCallback((s: QueueState) => setState(s), [setState]);
  const close = () => setState(closeQueueDialog(useCreditReleaseUi.getState().queue));
  const dialog = state.dialog;

  return (
    <section className={styles.screen} aria-labelledby="credit-release-title">
      <div className={styles.titleRow}>
        <h1 id="credit-release-title" className={styles.title}>
          Liberação de crédito
        </h1>
        <span className={styles.hint}>↑/↓ escolhe · Enter abre · L libera · R rejeita</span>
      </div>
      <ReasonCounts
        counts={page?.counts ?? null}
        selected={reasons}
        onChange={(r) => setFilters({ reasons: r })}
      />
      <QueueFilterBar />
      <QueueTable
        rows={list.rows}
        state={state}
        onState={onState}
        onOpen={open}
        sort={sort}
        onSort={setSort}
        hasMore={list.hasMore}
        onEndReached={list.loadMore}
        empty={list.loading ? 'Carregando…' : 'Nenhum pedido bloqueado por crédito com estes filtros.'}
      />
      <ListFooter
        shown={list.rows.length}
        total={list.total}
        loading={list.loading}
        error={list.error}
        noun="pedidos bloqueados"
        singular="pedido bloqueado"
      />
      {dialog?.kind === 'release' && <ReleaseDialog orderId={dialog.orderId} onClose={close} />}
      {dialog?.kind === 'reject' && <RejectDialog orderId={dialog.orderId} onClose={close} />}
    </section>
  );
}
