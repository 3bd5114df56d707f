import { BILLING_KIND_LABEL } from '../../../../shared/domain/billing';
import { errorMessage, useChannelQuery } from '../../../lib/query';
import { Dialog } from '../../../ui/Dialog';
import { ErrorNote } from '../../../ui/ErrorNote';
import { formatBRL, formatDateBR } from '../../../ui/format';
import tableCss from '../../../ui/table.module.css';
import summaryCss from '../docSummary.module.css';

/** The whole document: header and every item line. */
export function BillingDocumentDialog({ id, onClose }: { id: number; onClose: () => void }) {
  // An issued document does not change: opened again, it paints from the cache.
  const q = useChannelQuery('clientBilling.document', { id }, { staleTime: Infinity });
  const doc = q.data ?? null;
  const error = errorMessage(q.error);

  const title = doc ? `${BILLING_KIND_LABEL[doc.kind]} ${doc.number}` : 'Documento de faturamento';
  return (
    <Dialog title={title} onClose={onClose} wide>
      <ErrorNote message={error} />
      {!doc && !error && <p className="loading">Carregando documento…</p>}
      {doc && (
        <>
          <dl className={summaryCss.summary}>
            <div>
              <dt>Emissão</dt>
              <dd>{formatDateBR(doc.issuedOn)}</dd>
            </div>
            <div>
              <dt>Categoria</dt>
              <dd>{doc.category}</dd>
            </div>
            {doc.relatedNumber && (
              <div>
                <dt>Corrige a fatura</dt>
                <dd className="mono">{doc.relatedNumber}</dd>
              </div>
            )}
            <div>
              <dt>Valor líquido</dt>
              <dd>
                <strong>{formatBRL(doc.kind === 'credit_note' ? -doc.netCents : doc.netCents)}</strong>
              </dd>
            </div>
          </dl>
          <table className={tableCss.table} aria-label="Itens do documento">
            <thead>
              <tr>
                <th>#</th>
                <th>Código</th>
                <th>Descrição</th>
                <th className={tableCss.num}>Qtd.</th>
                <th>Un.</th>
                <th className={tableCss.num}>Valor unitário</th>
                <th className={tableCss.num}>Total</th>
              </tr>
            </thead>
            <tbody>
              {doc.items.map((i) => (
                <tr key={i.line}>
                  <td>{i.line}</td>
                  <td className="mono">{i.productCode}</td>
                  <td>{i.description}</td>
                  <td className={tableCss.num}>{i.quantity.toLocaleString('pt-BR')}</td>
                  <td>{i.unit}</td>
                  <td className={tableCss.num}>{formatBRL(i.unitCents)}</td>
                  <td className={tableCss.num}>{formatBRL(i.totalCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Dialog>
  );
}
