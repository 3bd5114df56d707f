import { useState } from 'react';
import {
  REJECT_NOTE_MAX,
  REJECT_REASONS,
  REJECT_REASON_LABEL,
  type RejectReason,
} from '../../../shared/domain/credit-release';
import { errorMessage, useChannelQuery } from '../../lib/query';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { Select } from '../../ui/Select';
import { formatBRL } from '../../ui/format';
import { notify } from '../../ui/toast-store';
import { awaitingErp, decisionSentence } from './OrderStateBadge';
import { useRejectOrder } from './useDecisions';
import styles from './CreditRelease.module.css';

/** "Rejeitar pedido": a reason from the list plus free text (required for "Outro motivo"). */
export function RejectDialog({ orderId, onClose }: { orderId: number; onClose: () => void }) {
  const detail = useChannelQuery('creditRelease.order', { orderId });
  const reject = useRejectOrder();
  const [reason, setReason] = useState<RejectReason | ''>('');
  const [note, setNote] = useState('');
  const order = detail.data?.order;
  const previous = order ? decisionSentence(order) : null;
  const pending = order && awaitingErp(order) ? previous : null;
  const needsNote = reason === 'other' && note.trim() === '';
  const tooLong = note.length > REJECT_NOTE_MAX;
  const ready =
    !!order && !pending && order.creditState === 'blocked' && reason !== '' && !needsNote && !tooLong;
  const confirm = () => {
    if (!ready || !order || reject.isPending) return;
    reject.mutate(
      { orderId: order.orderId, expectedVersion: order.version, reason, note: note.trim() },
      {
        onSuccess: (r) => {
          notify(`Pedido ${r.order.number} rejeitado: aguardando confirmação do ERP.`);
          onClose();
        },
      },
    );
  };
  return (
    <Dialog
      title={order ? `Rejeitar o pedido ${order.number}` : 'Rejeitar pedido'}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancelar
          </button>
          <button
            type="button"
            className="primary"
            disabled={!ready || reject.isPending}
            title={
              reason === '' ? 'Escolha o motivo da rejeição.' : needsNote ? 'Descreva o motivo.' : undefined
            }
            onClick={confirm}
          >
            Confirmar rejeição
          </button>
        </>
      }
    >
      {order && (
        <p>
          {order.clientName} · {formatBRL(order.valueCents)}
        </p>
      )}
      {previous && <p className={pending ? styles.warn : styles.bad}>{previous}</p>}
      <div className={styles.field}>
        <span id="reject-reason-label">Motivo da rejeição</span>
        <Select
          label="Motivo da rejeição"
          value={reason}
          onChange={(v) => setReason(v as RejectReason)}
          options={REJECT_REASONS.map((r) => ({ value: r, label: REJECT_REASON_LABEL[r] }))}
        />
      </div>
      <label className={styles.field}>
        {reason === 'other' ? 'Descrição do motivo (obrigatória)' : 'Observação (opcional)'}
        <textarea
          value={note}
          rows={3}
          maxLength={REJECT_NOTE_MAX}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={needsNote ? true : undefined}
        />
      </label>
      <ErrorNote message={errorMessage(detail.error) ?? errorMessage(reject.error)} />
    </Dialog>
  );
}
