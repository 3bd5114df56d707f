import { useState } from 'react';
import { errorMessage, useChannelQuery } from '../../lib/query';
import { ErrorNote } from '../../ui/ErrorNote';
import { BudgetMeter } from './BudgetMeter';
import { ConsumptionCharts } from './ConsumptionCharts';
import { ConsumptionTables } from './ConsumptionTables';
import { count, longMonth, money } from './format';
import { ViewToggle } from './ViewToggle';
import styles from './Panel.module.css';
import toolbarCss from '../../ui/Toolbar.module.css';

/** Painel → Consumo Deps: from the query ledger (billable queries only: no failures, no reused results). */
export function ConsumptionSection() {
  const q = useChannelQuery('panel.consumption', {});
  const [asTable, setAsTable] = useState(false);
  const view = q.data;
  return (
    <section className={styles.section} aria-labelledby="panel-consumption">
      <div className={toolbarCss.toolbar}>
        <h2 id="panel-consumption">Consumo Deps</h2>
        <span className={toolbarCss.spacer} />
        <ViewToggle asTable={asTable} onChange={setAsTable} label="consumo Deps" />
      </div>
      <ErrorNote message={errorMessage(q.error)} />
      {!view && !q.error && <p className="loading">Carregando consumo…</p>}
      {view && (
        <>
          <p data-testid="panel-consumption-total">
            {longMonth(view.month)}: <strong>{count(view.total.queries)}</strong> consulta
            {view.total.queries === 1 ? '' : 's'}
            {view.pricesSet ? (
              <>
                , custo estimado <strong>{money(view.total.costCents)}</strong>
              </>
            ) : (
              <span className="muted">
                {' '}
                (informe o preço de cada produto em Configurações para ver o custo)
              </span>
            )}
          </p>
          <BudgetMeter budget={view.budget} />
          {!asTable && <ConsumptionCharts view={view} />}
          <ConsumptionTables view={view} withSeries={asTable} />
        </>
      )}
    </section>
  );
}
