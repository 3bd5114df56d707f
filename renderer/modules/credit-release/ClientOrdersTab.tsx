import { useState } from 'react';
import { CREDIT_BLOCK_REASON_LABEL, ORDER_CREDIT_STATE_LABEL } from '../../../shared/domain/credit-release';
import { usePagedQuery } from '../../lib/usePagedQuery';
import { ListFooter } from '../../ui/ListFooter';
import { VirtualRows } from '../../ui/VirtualRows';
import { formatBRL, formatDateBR } from '../../ui/format';
import { useCan } from '../auth/store';
import { OrderStateBadge } from './OrderStateBadge';
import { ReleaseView } from './ReleaseView';
import styles from './CreditRelease.module.css';

/**
 * The client screen's Pedidos tab: every synced order of the client with its credit state, newest
 * first. With the release permission, an order opens the queue's own release view, in place.
 */
export function ClientOrdersTab({ clientId }: { clientId: number }) {
  const [open, setOpen] = useState<number | null>(null);
  const canRelease = useCan('creditRelease.release');
  const list = usePagedQuery('creditRelease.clientOrders', (cursor) => ({
    clientId,
    cursor: cursor ?? null,
    limit: 100,
  }));
  if (open !== null)
    return (
      <ReleaseView
        orderId={open}
        onBack={() => setOpen(null)}
        backLabel="Voltar aos pedidos"
        inClientScreen
      />
    );
  return (
    <div className={styles.table}>
      <VirtualRows
        label="Pedidos do cliente"
        rows={list.rows}
        columns="100px 110px minmax(140px, 1fr) 140px 130px 200px"
        header={
          <>
            <span role="columnheader">Pedido</span>
            <span role="columnheader">Data</span>
            <span role="columnheader">Vendedor</span>
            <span role="columnheader">Situação no ERP</span>
            <span role="columnheader" className={styles.num}>
              Valor
            </span>
            <span role="columnheader">Crédito</span>
          </>
        }
        rowKey={(o) => o.orderId}
        rowLabel={(o) =>
          `Pedido ${o.number}, ${formatBRL(o.valueCents)}, ${
            o.creditState === 'blocked' && o.blockReason
              ? `bloqueado: ${CREDIT_BLOCK_REASON_LABEL[o.blockReason]}`
              : ORDER_CREDIT_STATE_LABEL[o.creditState]
          }`
        }
        onOpen={canRelease ? (o) => setOpen(o.orderId) : undefined}
        renderCells={(o) => (
          <>
            <span role="cell" className="mono">
              {o.number}
            </span>
            <span role="cell">{formatDateBR(o.date)}</span>
            <span role="cell" className={styles.ellipsis}>
              {o.sellerName ?? o.sellerCode ?? '—'}
            </span>
            <span role="cell">{o.erpStatus}</span>
            <span role="cell" className={styles.num}>
              {formatBRL(o.valueCents)}
            </span>
            <span role="cell" data-testid="client-order-state">
              <OrderStateBadge order={o} />
            </span>
          </>
        )}
        hasMore={list.hasMore}
        onEndReached={list.loadMore}
        empty={list.loading ? 'Carregando…' : 'Nenhum pedido deste cliente foi sincronizado.'}
      />
      <ListFooter
        shown={list.rows.length}
        total={list.total}
        loading={list.loading}
        error={list.error}
        noun="pedidos"
        singular="pedido"
      />
    </div>
  );
}
