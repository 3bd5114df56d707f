import { useState } from 'react';
import { errorMessage, useChannelQuery } from '../../../lib/query';
import { ErrorNote } from '../../../ui/ErrorNote';
import { longMonth, money } from './chartFormat';
import { RevenueBars } from './RevenueBars';
import { RevenuePie } from './RevenuePie';
import { RevenueTable } from './RevenueTable';
import toolbarCss from '../../../ui/Toolbar.module.css';
import chipCss from '../../../ui/Chips.module.css';
import chartCss from '../../../ui/charts.module.css';

export function RevenueTab({ clientId }: { clientId: number }) {
  const q = useChannelQuery('clientBilling.revenue', { clientId });
  const revenue = q.data ?? null;
  const error = errorMessage(q.error);
  const [asTable, setAsTable] = useState(false);

  if (!revenue)
    return error ? <ErrorNote message={error} /> : <p className="loading">Carregando faturamento…</p>;
  return (
    <div className="revenue">
      <div className={toolbarCss.toolbar}>
        <span>
          Faturamento líquido de {longMonth(revenue.fromMonth)} a {longMonth(revenue.toMonth)}:{' '}
          <strong data-testid="revenue-total">{money(revenue.totalCents)}</strong>
        </span>
        <span className={toolbarCss.spacer} />
        <div className={chipCss.chips} role="group" aria-label="Forma de exibição">
          <button
            type="button"
            className={chipCss.chip}
            aria-pressed={!asTable}
            onClick={() => setAsTable(false)}
          >
            Gráficos
          </button>
          <button
            type="button"
            className={chipCss.chip}
            aria-pressed={asTable}
            onClick={() => setAsTable(true)}
          >
            Tabela
          </button>
        </div>
      </div>
      {asTable ? (
        <RevenueTable revenue={revenue} />
      ) : (
        <div className={chartCss.charts}>
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
