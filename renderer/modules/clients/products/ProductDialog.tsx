import { errorMessage, useChannelQuery } from '../../../lib/query';
import { Dialog } from '../../../ui/Dialog';
import { ErrorNote } from '../../../ui/ErrorNote';
import { formatBRL, formatDateBR } from '../../../ui/format';
import tableCss from '../../../ui/table.module.css';
import summaryCss from '../docSummary.module.css';

/** The product's sheet: conditions, price and the client's latest purchases of it. */
export function ProductDialog({ id, onClose }: { id: number; onClose: () => void }) {
  const q = useChannelQuery('clientProducts.get', { id });
  const product = q.data ?? null;
  const error = errorMessage(q.error);

  return (
    <Dialog
      title={product ? `${product.code} — ${product.description}` : 'Produto exclusivo'}
      onClose={onClose}
      wide
    >
      <ErrorNote message={error} />
      {!product && !error && <p className="loading">Carregando produto…</p>}
      {product && (
        <>
          <p>{product.details}</p>
          <dl className={summaryCss.summary}>
            <div>
              <dt>Preço</dt>
              <dd>
                {formatBRL(product.priceCents)} / {product.unit}
              </dd>
            </div>
            <div>
              <dt>Válido até</dt>
              <dd>{product.validUntil ? formatDateBR(product.validUntil) : 'Sem prazo'}</dd>
            </div>
          </dl>
          <h3>Últimas vendas a este cliente</h3>
          {product.recentSales.length === 0 ? (
            <p className="muted">Ainda não faturado para este cliente.</p>
          ) : (
            <table className={tableCss.table} aria-label="Últimas vendas">
              <thead>
                <tr>
                  <th>Fatura</th>
                  <th>Data</th>
                  <th className={tableCss.num}>Qtd.</th>
                  <th className={tableCss.num}>Total</th>
                </tr>
              </thead>
              <tbody>
                {product.recentSales.map((s) => (
                  <tr key={`${s.documentId}-${s.number}`}>
                    <td className="mono">{s.number}</td>
                    <td>{formatDateBR(s.issuedOn)}</td>
                    <td className={tableCss.num}>{s.quantity.toLocaleString('pt-BR')}</td>
                    <td className={tableCss.num}>{formatBRL(s.totalCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Dialog>
  );
}
