import { useState } from 'react';
import { errorMessage, useChannelQuery } from '../../lib/query';
import { ErrorNote } from '../../ui/ErrorNote';
import { useCan } from '../auth/store';
import { AbcChart } from './AbcChart';
import { AbcCutoffsForm } from './AbcCutoffsForm';
import { count, money, when } from './format';
import { ViewToggle } from './ViewToggle';
import styles from './Panel.module.css';
import toolbarCss from '../../ui/Toolbar.module.css';
import tableCss from '../../ui/table.module.css';

/** Painel → Curva ABC: clients per class (the class in force), movement since last month, the cut-offs. */
export function AbcSection() {
  const q = useChannelQuery('panel.abc', {});
  const [asTable, setAsTable] = useState(false);
  const canConfigure = useCan('settings.erp');
  const view = q.data;
  return (
    <section className={styles.section} aria-labelledby="panel-abc">
      <div className={toolbarCss.toolbar}>
        <h2 id="panel-abc">Curva ABC</h2>
        <span className={toolbarCss.spacer} />
        <ViewToggle asTable={asTable} onChange={setAsTable} label="curva ABC" />
      </div>
      <ErrorNote message={errorMessage(q.error)} />
      {view && (
        <>
          <p className="muted">
            Cortes {view.cutoffs.a}/{view.cutoffs.b}/{view.cutoffs.c} do faturamento dos últimos 12 meses ·
            calculada em {when(view.computedAt)}
            {view.fromErp > 0 ? ` · ${count(view.fromErp)} cliente(s) com a classe do ERP` : ''}
          </p>
          {view.computedAt === null && (
            <p className="muted">A curva é calculada depois da próxima sincronização com o ERP.</p>
          )}
          {!asTable && <AbcChart view={view} />}
          <table className={tableCss.table} aria-label="Clientes por classe ABC">
            <thead>
              <tr>
                <th scope="col">Classe</th>
                <th scope="col" className={tableCss.num}>
                  Clientes
                </th>
                <th scope="col" className={tableCss.num}>
                  Fim do mês passado
                </th>
                <th scope="col" className={tableCss.num}>
                  Faturamento 12 meses
                </th>
              </tr>
            </thead>
            <tbody>
              {view.classes.map((c) => (
                <tr key={c.abcClass} data-testid={`abc-class-${c.abcClass}`}>
                  <th scope="row">{c.abcClass}</th>
                  <td className={tableCss.num}>{count(c.clients)}</td>
                  <td className={tableCss.num}>{count(c.lastMonth)}</td>
                  <td className={tableCss.num}>{money(c.revenueCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Movimento desde o mês passado</h3>
          {view.movements.length === 0 ? (
            <p className="muted">Nenhum cliente mudou de classe.</p>
          ) : (
            <ul className={styles.movements}>
              {view.movements.map((m) => (
                <li key={`${m.from}${m.to}`}>
                  {m.from} → {m.to}: {count(m.clients)} cliente{m.clients === 1 ? '' : 's'}
                </li>
              ))}
            </ul>
          )}
          {canConfigure && <AbcCutoffsForm cutoffs={view.cutoffs} />}
        </>
      )}
    </section>
  );
}
