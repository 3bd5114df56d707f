import type { ClientCreditPosition } from '../../../shared/ipc/dto/credit-release';
import { CREDIT_STATUS_LABEL } from '../../../shared/domain/credit';
import { CreditActions } from '../credit';
import { useWorkspace } from '../workspace/store';
import { formatBRL, formatDateBR, formatDateTimeBR, formatDocument } from '../../ui/format';
import styles from './ReleaseView.module.css';

const days = (n: number | null) =>
  n === null ? '—' : `${n.toLocaleString('pt-BR')} dia${n === 1 ? '' : 's'}`;
const titles = (t: { count: number; totalCents: number }) =>
  t.count === 0 ? 'Nenhum' : `${t.count.toLocaleString('pt-BR')} · ${formatBRL(t.totalCents)}`;

const BUREAU_STATUS: Record<string, string> = {
  pending: 'em andamento',
  failed: 'falhou',
  unknown: 'resultado desconhecido',
};

function lastBureauText(p: ClientCreditPosition): string {
  const q = p.lastBureau;
  if (!q) return 'Nenhuma consulta Deps deste cliente.';
  const when = formatDateTimeBR(q.requestedAt);
  if (q.status !== 'succeeded') return `${when} · ${q.productName}: ${BUREAU_STATUS[q.status] ?? q.status}`;
  const parts = [
    q.score !== null ? `score ${q.score}` : null,
    q.classification,
    q.approved === null ? null : q.approved ? 'aprovado' : 'reprovado',
    q.suggestedLimitCents !== null ? `limite sugerido ${formatBRL(q.suggestedLimitCents)}` : null,
  ].filter(Boolean);
  return `${when} · ${parts.join(' · ') || q.productName}`;
}

/** "Posição do cliente" (seed 003): register, credit picture, titles and the bureau, beside the order. */
export function ClientPositionPanel({
  position: p,
  inClientScreen,
}: {
  position: ClientCreditPosition;
  /** On the client screen its own Deps button and the open client are already there. */
  inClientScreen: boolean;
}) {
  const v = p.picture.values;
  return (
    <section className={styles.panel} aria-labelledby="position-title">
      <h2 id="position-title" className={styles.panelTitle}>
        Posição do cliente
      </h2>
      <p className={styles.clientLine}>
        <strong>{p.name}</strong> · {p.erpCode} · {formatDocument(p.document)}
      </p>
      <dl className={styles.facts} data-testid="client-position">
        <dt>Limite de crédito</dt>
        <dd>{formatBRL(v.creditLimitCents)}</dd>
        <dt>Saldo disponível</dt>
        <dd
          className={v.availableBalanceCents < 0 ? styles.negative : undefined}
          data-testid="position-available"
        >
          {formatBRL(v.availableBalanceCents)}
        </dd>
        <dt>Situação de crédito</dt>
        <dd>
          {CREDIT_STATUS_LABEL[v.creditStatus]}
          {p.picture.pendingErp && ' · alteração aguardando ERP'}
        </dd>
        <dt>Títulos em aberto</dt>
        <dd>{titles(p.openTitles)}</dd>
        <dt>Títulos vencidos</dt>
        <dd className={p.overdueTitles.count > 0 ? styles.negative : undefined}>{titles(p.overdueTitles)}</dd>
        <dt>Maior atraso em aberto</dt>
        <dd>{days(p.overdueTitles.oldestDelayDays)}</dd>
        <dt>Atraso médio (12 meses)</dt>
        <dd>{p.averageDelayDays12m === null ? 'Sem pagamentos' : days(p.averageDelayDays12m)}</dd>
        <dt>Maior compra</dt>
        <dd>
          {p.largestPurchase
            ? `${formatBRL(p.largestPurchase.valueCents)} em ${formatDateBR(p.largestPurchase.date)}`
            : '—'}
        </dd>
        <dt>Último pagamento</dt>
        <dd>
          {p.lastPayment
            ? `${formatDateBR(p.lastPayment.date)} · ${formatBRL(p.lastPayment.amountCents)}`
            : '—'}
        </dd>
        <dt>Pedidos bloqueados</dt>
        <dd>{titles(p.blockedOrders)}</dd>
        <dt>Última consulta Deps</dt>
        <dd data-testid="position-last-bureau">{lastBureauText(p)}</dd>
      </dl>
      {p.picture.stale && p.picture.staleReason && <p className={styles.note}>{p.picture.staleReason}</p>}
      {!inClientScreen && (
        <div className={styles.actions}>
          <CreditActions clientId={p.clientId} />
          <button type="button" onClick={() => useWorkspace.getState().openClient(p.clientId)}>
            Abrir ficha do cliente
          </button>
        </div>
      )}
    </section>
  );
}
