import type { Client } from '../../../shared/ipc/dto/clients';
import { daysBetween, todayInSaoPaulo } from '../../../shared/domain/dates';
import { Badge, CreditStatusBadge } from '../../ui/Badge';
import { formatBRL, formatDocument } from '../../ui/format';

const daysWithoutPurchase = (c: Client): string =>
  c.lastPurchaseDate ? String(daysBetween(c.lastPurchaseDate, todayInSaoPaulo())) : '—';

/** What an agent reads first when the client opens: who, which document, can they buy. */
export function ClientHeader({ client }: { client: Client }) {
  return (
    <section className="client-header" aria-label="Resumo do cliente">
      <div className="client-title">
        <span className="client-code">{client.erpCode}</span>
        <h1 data-testid="client-name">{client.legalName}</h1>
        <span className="mono" data-testid="client-document">
          {formatDocument(client.document)}
        </span>
        <CreditStatusBadge status={client.creditStatus} />
        {client.status === 'inactive' && <Badge>INATIVO</Badge>}
      </div>
      <dl className="client-kpis">
        <div>
          <dt>Classificação ABC</dt>
          <dd>{client.abcClass}</dd>
        </div>
        <div>
          <dt>Dias sem compra</dt>
          <dd>{daysWithoutPurchase(client)}</dd>
        </div>
        <div>
          <dt>Limite de crédito</dt>
          <dd data-testid="header-credit-limit">{formatBRL(client.creditLimitCents)}</dd>
        </div>
        <div>
          <dt>Saldo disponível</dt>
          <dd>{formatBRL(client.availableBalanceCents)}</dd>
        </div>
        <div>
          <dt>Segmento</dt>
          <dd>{client.segment || '—'}</dd>
        </div>
        <div>
          <dt>Grupo</dt>
          <dd title={client.clientGroup ?? undefined}>{client.clientGroup ?? 'Sem grupo'}</dd>
        </div>
      </dl>
    </section>
  );
}
