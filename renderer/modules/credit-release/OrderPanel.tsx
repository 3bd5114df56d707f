import { CREDIT_BLOCK_REASON_LABEL } from '../../../shared/domain/credit-release';
import type { CreditOrderDetail } from '../../../shared/ipc/dto/credit-release';
import { formatBRL, formatDateBR } from '../../ui/format';
import { OrderStateBadge } from './OrderStateBadge';
import styles from './ReleaseView.module.css';

/** The order: its items and its value against the client's available balance. */
export function OrderPanel({ detail }: { detail: CreditOrderDetail }) {
  const o = detail.order;
  const available = detail.position?.picture.values.availableBalanceCents ?? null;
  const after = detail.balanceAfterCents;
  return (
    <section className={styles.panel} aria-labelledby="order-title">
      <h2 id="order-title" className={styles.panelTitle}>
        Pedido {o.number} <OrderStateBadge order={o} />
      </h2>
      <dl className={styles.facts}>
        <dt>Data</dt>
        <dd>
          {formatDateBR(o.date)} ({o.ageDays} dia{o.ageDays === 1 ? '' : 's'})
        </dd>
        <dt>Vendedor</dt>
        <dd>{o.sellerName ?? o.sellerCode ?? '—'}</dd>
        <dt>Motivo do bloqueio</dt>
        <dd>{o.blockReason ? CREDIT_BLOCK_REASON_LABEL[o.blockReason] : '—'}</dd>
        <dt>Situação no ERP</dt>
        <dd>{o.erpStatus}</dd>
      </dl>
      <table className={styles.items} aria-label={`Itens do pedido ${o.number}`}>
        <thead>
          <tr>
            <th scope="col">Produto</th>
            <th scope="col">Descrição</th>
            <th scope="col" className={styles.num}>
              Qtd.
            </th>
            <th scope="col" className={styles.num}>
              Unitário
            </th>
            <th scope="col" className={styles.num}>
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {detail.items.map((i) => (
            <tr key={i.key}>
              <td className="mono">{i.productCode}</td>
              <td>{i.description}</td>
              <td className={styles.num}>{i.quantity.toLocaleString('pt-BR')}</td>
              <td className={styles.num}>{formatBRL(i.unitPriceCents)}</td>
              <td className={styles.num}>{formatBRL(i.totalCents)}</td>
            </tr>
          ))}
          {detail.items.length === 0 && (
            <tr>
              <td colSpan={5}>Os itens deste pedido ainda não foram sincronizados.</td>
            </tr>
          )}
        </tbody>
      </table>
      <dl className={styles.balance} data-testid="order-vs-balance">
        <dt>Valor do pedido</dt>
        <dd data-testid="order-value">{formatBRL(o.valueCents)}</dd>
        <dt>Saldo disponível</dt>
        <dd>{available === null ? '—' : formatBRL(available)}</dd>
        <dt>Saldo após liberar</dt>
        <dd className={after !== null && after < 0 ? styles.negative : undefined}>
          {after === null ? '—' : formatBRL(after)}
        </dd>
      </dl>
    </section>
  );
}
