import { useEffect, useState } from 'react';
import { ORDER_CREDIT_STATE_LABEL } from '../../../shared/domain/credit-release';
import type { CreditOrderDetail } from '../../../shared/ipc/dto/credit-release';
import { errorMessage, useChannelQuery } from '../../lib/query';
import { ErrorNote } from '../../ui/ErrorNote';
import { GuardedButton } from '../../ui/GuardedButton';
import { formatBRL, formatDateTimeBR } from '../../ui/format';
import { ClientPositionPanel } from './ClientPositionPanel';
import { OrderPanel } from './OrderPanel';
import { decidable, decisionSentence } from './OrderStateBadge';
import { RejectDialog } from './RejectDialog';
import { ReleaseClientDialog } from './ReleaseClientDialog';
import { ReleaseDialog } from './ReleaseDialog';
import styles from './ReleaseView.module.css';

type ViewDialog = 'release' | 'reject' | 'client' | null;

/** Where the order stands, in one sentence: waiting for the ERP, a conflict, or settled by whom. */
function StatusLine({ detail }: { detail: CreditOrderDetail }) {
  const o = detail.order;
  const pending = decisionSentence(o);
  if (pending) {
    const bad = o.decision?.state !== 'waiting_erp';
    return (
      <p className={bad ? styles.statusBad : styles.status} role="status" data-testid="order-status">
        {pending}
      </p>
    );
  }
  if (o.creditState === 'blocked') return null;
  const who = o.decidedBy
    ? ` por ${o.decidedBy}${o.decidedAt ? ` em ${formatDateTimeBR(o.decidedAt)}` : ''}`
    : '';
  return (
    <p
      className={o.creditState === 'released' ? styles.statusOk : styles.statusBad}
      role="status"
      data-testid="order-status"
    >
      {o.creditState === 'released'
        ? `Já liberado${who}.`
        : `${ORDER_CREDIT_STATE_LABEL[o.creditState]}${who}.`}
    </p>
  );
}

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && !!t.closest('input, textarea, select, [contenteditable="true"]');

/**
 * The release view (seed 003: "a visualização da consulta à posição do cliente"): the order and
 * its items beside the client position, then Liberar, Rejeitar and Liberar todos deste cliente.
 * Esc goes back; L and R act as in the queue. One dialog at a time.
 */
export function ReleaseView({
  orderId,
  onBack,
  backLabel,
  inClientScreen = false,
}: {
  orderId: number;
  onBack: () => void;
  backLabel: string;
  inClientScreen?: boolean;
}) {
  const q = useChannelQuery('creditRelease.order', { orderId });
  const [dialog, setDialog] = useState<ViewDialog>(null);
  const detail = q.data ?? null;
  const o = detail?.order;
  const canDecide = !!o && decidable(o);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      if (dialog || document.querySelector('[aria-modal="true"]')) return;
      if (e.key === 'Escape') onBack();
      else if ((e.key === 'l' || e.key === 'L') && canDecide) setDialog('release');
      else if ((e.key === 'r' || e.key === 'R') && canDecide) setDialog('reject');
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog, canDecide, onBack]);

  const blocked = detail?.position?.blockedOrders;
  return (
    <section className={styles.view} aria-labelledby="release-view-title">
      <div className={styles.header}>
        <button type="button" onClick={onBack}>
          ← {backLabel} <kbd>Esc</kbd>
        </button>
        <h1 id="release-view-title" className={styles.title}>
          {o ? `Liberação do pedido ${o.number} · ${o.clientName}` : 'Liberação de crédito'}
        </h1>
      </div>
      <ErrorNote message={errorMessage(q.error)} />
      {!detail && !q.error && <p className={styles.note}>Carregando pedido…</p>}
      {detail && (
        <>
          <StatusLine detail={detail} />
          <div className={styles.columns}>
            <OrderPanel detail={detail} />
            {detail.position ? (
              <ClientPositionPanel position={detail.position} inClientScreen={inClientScreen} />
            ) : (
              <p className={styles.note}>
                O cliente deste pedido ainda não foi sincronizado neste computador.
              </p>
            )}
          </div>
          {detail.releaseRefusal && canDecide && <p className={styles.statusBad}>{detail.releaseRefusal}</p>}
          <div className={styles.actions} role="toolbar" aria-label="Decisão de crédito">
            <GuardedButton
              permission="creditRelease.release"
              className="primary"
              disabled={!canDecide}
              onClick={() => setDialog('release')}
            >
              Liberar (L)
            </GuardedButton>
            <GuardedButton
              permission="creditRelease.release"
              disabled={!canDecide}
              onClick={() => setDialog('reject')}
            >
              Rejeitar (R)
            </GuardedButton>
            {o?.clientId != null && (
              <GuardedButton
                permission="creditRelease.release"
                disabled={!blocked || blocked.count === 0}
                onClick={() => setDialog('client')}
              >
                Liberar todos os pedidos bloqueados deste cliente
                {blocked && blocked.count > 0 ? ` (${blocked.count} · ${formatBRL(blocked.totalCents)})` : ''}
              </GuardedButton>
            )}
          </div>
        </>
      )}
      {dialog === 'release' && <ReleaseDialog orderId={orderId} onClose={() => setDialog(null)} />}
      {dialog === 'reject' && <RejectDialog orderId={orderId} onClose={() => setDialog(null)} />}
      {dialog === 'client' && o?.clientId != null && (
        <ReleaseClientDialog clientId={o.clientId} onClose={() => setDialog(null)} />
      )}
    </section>
  );
}
