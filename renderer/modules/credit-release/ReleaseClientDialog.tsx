import { errorMessage, useChannelQuery } from '../../lib/query';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatBRL, formatDateBR } from '../../ui/format';
import { notify } from '../../ui/toast-store';
import { useReleaseClient } from './useDecisions';
import styles from './CreditRelease.module.css';

const ordersText = (n: number) => `${n.toLocaleString('pt-BR')} ${n === 1 ? 'pedido' : 'pedidos'}`;

/**
 * "Liberar todos os pedidos bloqueados deste cliente": one confirmation listing exactly the orders
 * it releases and their total; an order that changed meanwhile refuses the whole batch.
 */
export function ReleaseClientDialog({ clientId, onClose }: { clientId: number; onClose: () => void }) {
  const preview = useChannelQuery('creditRelease.clientPreview', { clientId });
  const release = useReleaseClient();
  const p = preview.data;
  const orders = p?.orders ?? [];
  const ready = !!p && orders.length > 0 && !p.refusal;
  const confirm = () => {
    if (!ready || release.isPending) return;
    release.mutate(
      { clientId, orders: orders.map((o) => ({ orderId: o.orderId, expectedVersion: o.version })) },
      {
        onSuccess: (r) => {
          notify(
            `${ordersText(r.orders.length)} ${r.orders.length === 1 ? 'liberado' : 'liberados'}, ${formatBRL(r.totalCents)}: aguardando confirmação do ERP.`,
          );
          onClose();
        },
      },
    );
  };
  const count = orders.length;
  return (
    <Dialog
      title="Liberar todos os pedidos bloqueados deste cliente"
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancelar
          </button>
          <button
            type="button"
            className="primary"
            data-autofocus
            disabled={!ready || release.isPending}
            onClick={confirm}
          >
            {count > 0 ? `Liberar ${count} pedido${count === 1 ? '' : 's'}` : 'Liberar'}
          </button>
        </>
      }
    >
      {p && (
        <>
          <p>
            {p.clientName}:{' '}
            {count === 0
              ? 'nenhum pedido bloqueado aguarda decisão.'
              : `${ordersText(count)} ${count === 1 ? 'bloqueado' : 'bloqueados'}.`}
          </p>
          {count > 0 && (
            <ul className={styles.list} aria-label="Pedidos que serão liberados">
              {orders.map((o) => (
                <li key={o.orderId}>
                  <span className="mono">{o.number}</span>
                  <span>{formatDateBR(o.date)}</span>
                  <span className={styles.num}>{formatBRL(o.valueCents)}</span>
                </li>
              ))}
            </ul>
          )}
          <p>
            Total: <strong data-testid="release-client-total">{formatBRL(p.totalCents)}</strong>
          </p>
          {p.refusal && <p className={styles.bad}>{p.refusal}</p>}
        </>
      )}
      <ErrorNote message={errorMessage(preview.error) ?? errorMessage(release.error)} />
    </Dialog>
  );
}
