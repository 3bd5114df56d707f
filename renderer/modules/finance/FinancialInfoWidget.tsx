import type { FinancialSnapshot } from '../../../shared/ipc/dto/finance';
import { CreditStatusBadge } from '../../ui/Badge';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatBRL, formatDateBR, formatDateTimeBR } from '../../ui/format';
import type { CreditPicture } from './useFinancialSnapshot';
import card from './FinanceCard.module.css';
import styles from './FinancialInfoWidget.module.css';
import noticeCss from '../../ui/notices.module.css';

function Freshness({ snapshot, refreshing }: { snapshot: FinancialSnapshot; refreshing: boolean }) {
  const when = snapshot.updatedAt
    ? `atualizado em ${formatDateTimeBR(snapshot.updatedAt)}`
    : 'valores do cadastro local';
  if (refreshing)
    return (
      <p className={styles.freshness} role="status" data-testid="fin-freshness">
        {when} · consultando o ERP…
      </p>
    );
  if (snapshot.stale)
    return (
      <div className={card.stale} role="alert" data-testid="fin-stale">
        <strong>Valores possivelmente desatualizados</strong> ({when}). {snapshot.staleReason}
      </div>
    );
  return (
    <p className={styles.freshness} role="status" data-testid="fin-freshness">
      {when}
    </p>
  );
}

const date = (value: string | null) => (value ? formatDateBR(value) : '—');

/** "Informações Financeiras": loads as the client opens; the ERP is asked in the background. */
export function FinancialInfoWidget({ clientId, picture }: { clientId: number; picture: CreditPicture }) {
  const { snapshot, refreshing, error, refresh } = picture;
  const v = snapshot?.values;
  return (
    <section className={card.card} aria-labelledby={`fin-title-${clientId}`}>
      <header className={styles.head}>
        <h2 id={`fin-title-${clientId}`}>Informações Financeiras</h2>
        <button
          type="button"
          className={styles.refresh}
          aria-label="Atualizar informações financeiras"
          title="Atualizar"
          disabled={refreshing}
          onClick={() => void refresh()}
        >
          ⟳
        </button>
      </header>
      <ErrorNote message={error} />
      {v && snapshot ? (
        <>
          <dl className={styles.values}>
            <dt>Saldo disponível</dt>
            <dd
              data-testid="fin-available-balance"
              className={v.availableBalanceCents < 0 ? styles.negative : undefined}
            >
              {formatBRL(v.availableBalanceCents)}
            </dd>
            <dt>Limite crédito</dt>
            <dd data-testid="fin-credit-limit">{formatBRL(v.creditLimitCents)}</dd>
            <dt>Data último pedido</dt>
            <dd data-testid="fin-last-order">{date(v.lastOrderDate)}</dd>
            <dt>Data último faturamento</dt>
            <dd data-testid="fin-last-invoice">{date(v.lastInvoiceDate)}</dd>
            <dt>Situação financeira</dt>
            <dd data-testid="fin-credit-status">
              <CreditStatusBadge status={v.creditStatus} />
            </dd>
          </dl>
          {snapshot.pendingErp && (
            <p
              className={`${noticeCss.warn} ${styles.pending}`}
              role="status"
              data-testid="fin-credit-pending"
            >
              Limite e situação alterados na Central em {formatDateTimeBR(snapshot.pendingErp.since)}:
              aguardando confirmação do ERP.
              {snapshot.pendingErp.lastError ? ` Último envio: ${snapshot.pendingErp.lastError}` : ''}
            </p>
          )}
          <Freshness snapshot={snapshot} refreshing={refreshing} />
        </>
      ) : (
        !error && <p className="loading">Carregando informações financeiras…</p>
      )}
    </section>
  );
}
