import type { Client } from '../../../shared/ipc/dto/clients';
import type { FinancialSnapshot } from '../../../shared/ipc/dto/finance';
import { daysBetween, todayInSaoPaulo } from '../../../shared/domain/dates';
import { Badge, CreditStatusBadge } from '../../ui/Badge';
import { formatBRL, formatDateTimeBR, formatDocument } from '../../ui/format';
import { withCreditPicture } from '../finance';
import { AbcKpi } from './AbcKpi';
import { ClientFlags } from './ClientFlags';
import { useClientHeaderSummary } from './useClientConsent';
import styles from './ClientHeader.module.css';

const daysWithoutPurchase = (c: Client): string =>
  c.lastPurchaseDate ? String(daysBetween(c.lastPurchaseDate, todayInSaoPaulo())) : '—';

/** What an agent reads first when the client opens: who, which document, can they buy. */
export function ClientHeader({
  client: register,
  snapshot,
}: {
  client: Client;
  /** The credit picture the screen also hands to Informações Financeiras; null while it loads. */
  snapshot: FinancialSnapshot | null;
}) {
  // Credit figures only from that picture (never the register's own copy meanwhile: it lacks the
  // "aguardando confirmação do ERP" mark), so the header and the panel always agree.
  const client = withCreditPicture(register, snapshot);
  const pending = snapshot?.pendingErp ?? null;
  const credit = (cents: number) => (snapshot ? formatBRL(cents) : '…');
  const busy = snapshot ? undefined : true;
  const { data: summary } = useClientHeaderSummary(register.id);
  return (
    <section className={styles.header} aria-label="Resumo do cliente" tabIndex={-1} data-client-header>
      <div className={styles.title}>
        <span className={styles.code}>{client.erpCode}</span>
        <h1 data-testid="client-name">{client.legalName}</h1>
        <span className="mono" data-testid="client-document">
          {formatDocument(client.document)}
        </span>
        {snapshot && (
          <span data-testid="header-credit-status">
            <CreditStatusBadge status={client.creditStatus} />
          </span>
        )}
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
            <span data-testid="header-credit-limit" aria-busy={busy}>
              {credit(client.creditLimitCents)}
            </span>
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
          <dd aria-busy={busy}>{credit(client.availableBalanceCents)}</dd>
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
