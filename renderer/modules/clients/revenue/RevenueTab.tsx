import { useEffect, useState } from 'react';
import type { ClientRevenue } from '../../../../shared/ipc/dto/client-billing';
import { call } from '../../../lib/api';
import { ErrorNote } from '../../../ui/ErrorNote';
import { longMonth, money } from './chartFormat';
import { RevenueBars } from './RevenueBars';
import { RevenuePie } from './RevenuePie';
import { RevenueTable } from './RevenueTable';

export function RevenueTab({ clientId }: { clientId: number }) {
  const [revenue, setRevenue] = useState<ClientRevenue | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asTable, setAsTable] = useState(false);
  useEffect(() => {
    let live = true;
    void call('clientBilling.revenue', { clientId }).then((r) => {
      if (!live) return;
      if (r.ok) setRevenue(r.value);
      setError(r.ok ? null : r.error.message);
    });
    return () => {
      live = false;
    };
  }, [clientId]);

  if (!revenue)
    return error ? <ErrorNote message={error} /> : <p className="loading">Carregando faturamento…</p>;
  return (
    <div className="revenue">
      <div className="tab-toolbar">
        <span>
          Faturamento líquido de {longMonth(revenue.fromMonth)} a {longMonth(revenue.toMonth)}:{' '}
          <strong data-testid="revenue-total">{money(revenue.totalCents)}</strong>
        </span>
        <span className="spacer" />
        <div className="chips" role="group" aria-label="Forma de exibição">
          <button type="button" className="chip" aria-pressed={!asTable} onClick={() => setAsTable(false)}>
            Gráficos
          </button>
          <button type="button" className="chip" aria-pressed={asTable} onClick={() => setAsTable(true)}>
            Tabela
          </button>
        </div>
      </div>
      {asTable ? (
        <RevenueTable revenue={revenue} />
      ) : (
        <div className="revenue-charts">
          <section aria-label="Faturamento por categoria">
            <h3>Por categoria</h3>
            <RevenuePie categories={revenue.categories} />
          </section>
          <section aria-label="Faturamento por mês">
            <h3>Por mês</h3>
            <RevenueBars months={revenue.months} />
          </section>
        </div>
      )}
    </div>
  );
}
