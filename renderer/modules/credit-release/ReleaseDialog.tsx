import { useState } from 'react';
import type { CreditOrderDetail, CreditOrderRow } from '../../../shared/ipc/dto/credit-release';
import { errorMessage, useChannelQuery } from '../../lib/query';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { GuardedButton } from '../../ui/GuardedButton';
import { notify } from '../../ui/toast-store';
import { formatBRL } from '../../ui/format';
import { LimitStep } from './LimitStep';
import { awaitingErp, decisionSentence } from './OrderStateBadge';
import { useReleaseOrder, useRefreshCreditRelease } from './useDecisions';
import styles from './CreditRelease.module.css';

interface Props {
  orderId: number;
  onClose: () => void;
  onReleased?: (order: CreditOrderRow) => void;
}

/**
 * "Liberar pedido": the value against the available balance, the rule that stops this analyst (if
 * any), and a step to raise the limit first through the client's credit dialog. One dialog at a
 * time: the limit step replaces this one and "Agora não" comes back to it.
 */
export function ReleaseDialog({ orderId, onClose, onReleased }: Props) {
  const detail = useChannelQuery('creditRelease.order', { orderId });
  const [raising, setRaising] = useState(false);
  const refresh = useRefreshCreditRelease();
  if (raising && detail.data?.order.clientId != null) {
    return (
      <LimitStep
        clientId={detail.data.order.clientId}
        onDone={() => {
          refresh();
          setRaising(false);
        }}
      />
    );
  }
  return (
    <ReleaseConfirm
      detail={detail.data ?? null}
      loadError={errorMessage(detail.error)}
      onRaise={() => setRaising(true)}
      onClose={onClose}
      onReleased={onReleased}
    />
  );
}

function ReleaseConfirm({
  detail,
  loadError,
  onRaise,
  onClose,
  onReleased,
}: {
  detail: CreditOrderDetail | null;
  loadError: string | null;
  onRaise: () => void;
  onClose: () => void;
  onReleased?: (order: CreditOrderRow) => void;
}) {
  const release = useReleaseOrder();
  const order = detail?.order;
  // A conflict or refusal is told, and the order may be decided again; a decision on its way blocks.
  const previous = order ? decisionSentence(order) : null;
  const pending = order && awaitingErp(order) ? previous : null;
  const notBlocked = order && order.creditState !== 'blocked';
  const refusal = detail?.releaseRefusal ?? null;
  const blocked = !order || !!pending || !!notBlocked || !!refusal;
  const confirm = () => {
    if (!order || blocked || release.isPending) return;
    release.mutate(
      { orderId: order.orderId, expectedVersion: order.version },
      {
        onSuccess: (r) => {
          notify(`Pedido ${r.order.number} liberado: aguardando confirmação do ERP.`);
          onReleased?.(r.order);
          onClose();
        },
      },
    );
  };
  const after = detail?.balanceAfterCents ?? null;
  return (
    <Dialog
      title={order ? `Liberar o pedido ${order.number}` : 'Liberar pedido'}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancelar
          </button>
          <button
            type="button"
            className="primary"
            data-autofocus
            disabled={blocked || release.isPending}
            onClick={confirm}
          >
            Confirmar liberação
          </button>
        </>
      }
    >
      {order && (
        <dl className={styles.summary}>
          <dt>Cliente</dt>
          <dd>{order.clientName}</dd>
          <dt>Valor do pedido</dt>
          <dd data-testid="release-order-value">{formatBRL(order.valueCents)}</dd>
          {detail?.position && (
            <>
              <dt>Saldo disponível</dt>
              <dd>{formatBRL(detail.position.picture.values.availableBalanceCents)}</dd>
            </>
          )}
          {after !== null && (
            <>
              <dt>Saldo após liberar</dt>
              <dd className={after < 0 ? styles.negative : undefined}>{formatBRL(after)}</dd>
            </>
          )}
        </dl>
      )}
      {after !== null && after < 0 && !pending && (
        <p className={styles.warn}>
          O pedido passa {formatBRL(-after)} do saldo disponível.{' '}
          <GuardedButton permission="clients.editCredit" onClick={onRaise}>
            Aumentar o limite antes de liberar
          </GuardedButton>
        </p>
      )}
      {previous && <p className={pending ? styles.warn : styles.bad}>{previous}</p>}
      {notBlocked && !pending && (
        <p className={styles.warn}>Este pedido não está mais bloqueado por crédito.</p>
      )}
      {refusal && <p className={styles.bad}>{refusal}</p>}
      <ErrorNote message={loadError ?? errorMessage(release.error)} />
    </Dialog>
  );
}
