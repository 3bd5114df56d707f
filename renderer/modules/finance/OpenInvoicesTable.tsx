import { useMemo, useState } from 'react';
import type { OpenBoleto } from '../../../shared/ipc/dto/finance';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatBRL, formatDateBR, formatDateTimeBR } from '../../ui/format';
import { BoletoViewerDialog } from './BoletoViewerDialog';
import {
  environmentsOf,
  filterBoletos,
  pageOf,
  PAGE_SIZES,
  showingLabel,
  type PageSize,
} from './invoice-table';
import { useOpenBoletos } from './useOpenBoletos';
import card from './FinanceCard.module.css';
import styles from './OpenInvoicesTable.module.css';
import tableCss from '../../ui/table.module.css';

/** "Faturas abertas": the client's open boletos, each one a click away from its PDF. */
export function OpenInvoicesTable({ clientId }: { clientId: number }) {
  const { data, error } = useOpenBoletos(clientId);
  const [search, setSearch] = useState('');
  const [environment, setEnvironment] = useState('');
  const [size, setSize] = useState<PageSize>(10);
  const [page, setPage] = useState(1);
  const [viewing, setViewing] = useState<OpenBoleto | null>(null);
  const boletos = useMemo(() => data?.boletos ?? [], [data]);
  const filtered = useMemo(() => filterBoletos(boletos, search, environment), [boletos, search, environment]);
  const slice = pageOf(filtered, page, size);
  const id = `open-invoices-${clientId}`;

  return (
    <section className={`${card.card} ${styles.invoices}`} aria-labelledby={id}>
      <h3 id={id}>Faturas abertas</h3>
      <ErrorNote message={error} />
      {data?.source === 'cache' && (
        <p className={card.stale} role="alert" data-testid="invoices-stale">
          Lista da última sincronização
          {data.updatedAt ? ` (${formatDateTimeBR(data.updatedAt)})` : ''}: {data.staleReason}
        </p>
      )}
      {!data && !error && <p className="loading">Consultando boletos no ERP…</p>}
      {data && boletos.length === 0 && <p className="muted">Não há boletos em aberto para este cliente.</p>}
      {boletos.length > 0 && (
        <>
          <div className={styles.controls}>
            <label>
              <select
                value={size}
                onChange={(e) => {
                  setSize(Number(e.target.value) as PageSize);
                  setPage(1);
                }}
              >
                {PAGE_SIZES.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>{' '}
              resultados por página
            </label>
            <label>
              Ambiente{' '}
              <select
                value={environment}
                onChange={(e) => {
                  setEnvironment(e.target.value);
                  setPage(1);
                }}
              >
                <option value="">Todos</option>
                {environmentsOf(boletos).map((env) => (
                  <option key={env} value={env}>
                    {env}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Pesquisar{' '}
              <input
                type="search"
                value={search}
                onChange={(e) => {
                  setSearch(e.target.value);
                  setPage(1);
                }}
              />
            </label>
          </div>
          <table className={`${tableCss.table} ${styles.table}`}>
            <thead>
              <tr>
                <th scope="col">Identificador único</th>
                <th scope="col">Data vencimento</th>
                <th scope="col" className={tableCss.num}>
                  Valor documento
                </th>
                <th scope="col">Ambiente</th>
                <th scope="col" className={styles.action}>
                  <span className="sr-only">Ação</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {slice.rows.map((b) => (
                <tr key={b.id} data-testid="open-invoice-row">
                  <td className="mono">{b.id}</td>
                  <td>{formatDateBR(b.dueDate)}</td>
                  <td className={tableCss.num}>{formatBRL(b.amountCents)}</td>
                  <td className={styles.environment} title={b.environment}>
                    {b.environment}
                  </td>
                  <td className={styles.action}>
                    <button
                      type="button"
                      className="link"
                      aria-label={`Emitir boleto ${b.id}`}
                      onClick={() => setViewing(b)}
                    >
                      Emitir
                    </button>
                  </td>
                </tr>
              ))}
              {slice.total === 0 && (
                <tr>
                  <td colSpan={5} className="muted">
                    Nenhum boleto encontrado para a pesquisa.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
          <div className={tableCss.pager}>
            <span className="muted" data-testid="invoices-showing">
              {showingLabel(slice)}
            </span>
            <button type="button" disabled={slice.page <= 1} onClick={() => setPage(slice.page - 1)}>
              Anterior
            </button>
            <span aria-current="page">{slice.page}</span>
            <button
              type="button"
              disabled={slice.page >= slice.pages}
              onClick={() => setPage(slice.page + 1)}
            >
              Próximo
            </button>
          </div>
        </>
      )}
      {viewing && (
        <BoletoViewerDialog clientId={clientId} boleto={viewing} onClose={() => setViewing(null)} />
      )}
    </section>
  );
}
