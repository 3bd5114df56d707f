import { useState } from 'react';
import { errorMessage, useChannelQuery } from '../../../lib/query';
import { ErrorNote } from '../../../ui/ErrorNote';
import { formatBRL } from '../../../ui/format';
import { ProductDialog } from './ProductDialog';
import tableCss from '../../../ui/table.module.css';

/** Products and services only this client may be billed for; Enter or a click opens the sheet. */
export function ProductsTab({ clientId }: { clientId: number }) {
  const q = useChannelQuery('clientProducts.list', { clientId });
  const products = q.data ?? null;
  const error = errorMessage(q.error);
  const [open, setOpen] = useState<number | null>(null);

  if (!products)
    return error ? <ErrorNote message={error} /> : <p className="loading">Carregando produtos…</p>;
  if (products.length === 0) return <p className="muted">Nenhum produto exclusivo para esta conta.</p>;
  return (
    <>
      <table className={tableCss.table} aria-label="Produtos exclusivos para esta conta">
        <thead>
          <tr>
            <th>Código</th>
            <th>Descrição</th>
            <th>Un.</th>
            <th className={tableCss.num}>Preço</th>
          </tr>
        </thead>
        <tbody>
          {products.map((p) => (
            <tr
              key={p.id}
              className={tableCss.clickable}
              tabIndex={0}
              onClick={() => setOpen(p.id)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                setOpen(p.id);
              }}
            >
              <td className="mono">{p.code}</td>
              <td>{p.description}</td>
              <td>{p.unit}</td>
              <td className={tableCss.num}>{formatBRL(p.priceCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {open !== null && <ProductDialog id={open} onClose={() => setOpen(null)} />}
    </>
  );
}
