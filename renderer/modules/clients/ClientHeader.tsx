import type { Client } from '../../../shared/ipc/dto/clients';
import { daysBetween, todayInSaoPaulo } from '../../../shared/domain/dates';
import { Badge, CreditStatusBadge } from '../../ui/Badge';
import { formatBRL, formatDateTimeBR, formatDocument } from '../../ui/format';
import { useFinancialSnapshot, withCreditPicture } from '../finance';
import { AbcKpi } from './AbcKpi';
import { ClientFlags } from './ClientFlags';
import { useClientHeaderSummary } from './useClientConsent';
import styles from './ClientHeader.module.css';

const daysWithoutPurchase = (c: Client): string =>
  c.lastPurchaseDate ? String(daysBetween(c.lastPurchaseDate, todayInSaoPaulo())) : '—';

/** What an agent reads first when the client opens: who, which document, can they buy. */
export function ClientHeader({ client: register }: { client: Client }) {
  // Credit figures from the same picture as Informações Financeiras, never from the register alone.
  const { snapshot } = useFinancialSnapshot(register.id);
  const client = withCreditPicture(register, snapshot);
  const pending = snapshot?.pendingErp ?? null;
  const { data: summary } = useClientHeaderSummary(register.id);
  return (
    <section className={styles.header} aria-label="Resumo do cliente" tabIndex={-1} data-client-header>
      <div className={styles.title}>
        <span className={styles.code}>{client.erpCode}</span>
        <h1 data-testid="client-name">{client.legalName}</h1>
        <span className="mono" data-testid="client-document">
          {formatDocument(client.document)}
        </span>
        <span data-testid="header-credit-status">
          <CreditStatusBadge status={client.creditStatus} />
        </span>
        {client.status === 'inactive' && <Badge>INATIVO</Badge>}
      </div>
      <dl className={styles.kpis}>
        <div>
          <dt>Classificação ABC</dt>
          <dd>
            <AbcKpi abc={summary?.abc} fallback={client.abcClass} />
          </dd>
        </div>
        <div>
          <dt>Dias sem compra</dt>
          <dd>{daysWithoutPurchase(client)}</dd>
        </div>
        <div>
          <dt>Limite de crédito</dt>
          <dd>
            <span data-testid="header-credit-limit">{formatBRL(client.creditLimitCents)}</span>
            {pending && (
              <span data-testid="header-credit-pending">
                {' '}
                <Badge tone="warn" title={`Alterado em ${formatDateTimeBR(pending.since)}`}>
                  aguardando confirmação do ERP
                </Badge>
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>Saldo disponível</dt>
          <dd>{formatBRL(client.availableBalanceCents)}</dd>
        </div>
        <div>
          <dt>Segmento</dt>
          <dd>{client.segment || '—'}</dd>
        </div>
      </dl>
      {summary && <ClientFlags summary={summary} />}
    </section>
  );
}
