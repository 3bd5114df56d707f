import type { ConsumptionCount, ConsumptionView } from '../../../shared/ipc/dto/panel';
import { count, dayMonth, longMonth, money } from './format';
import tableCss from '../../ui/table.module.css';
import chartCss from '../../ui/charts.module.css';

function Rows<T extends ConsumptionCount>({
  caption,
  head,
  rows,
  label,
  priced,
}: {
  caption: string;
  head: string;
  rows: T[];
  label: (r: T) => string;
  priced: boolean;
}) {
  return (
    <table className={tableCss.table} aria-label={caption}>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col" className={tableCss.num}>
            Consultas
          </th>
          {priced && (
            <th scope="col" className={tableCss.num}>
              Custo estimado
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={priced ? 3 : 2} className="muted">
              Nenhuma consulta.
            </td>
          </tr>
        )}
        {rows.map((r) => (
          <tr key={label(r)}>
            <th scope="row">{label(r)}</th>
            <td className={tableCss.num}>{count(r.queries)}</td>
            {priced && <td className={tableCss.num}>{money(r.costCents)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Consumption by agent and product (always tables) and, as the charts' alternative, by month and day. */
export function ConsumptionTables({ view, withSeries }: { view: ConsumptionView; withSeries: boolean }) {
  const priced = view.pricesSet;
  return (
    <div className={chartCss.tables}>
      <Rows
        caption="Consultas por atendente neste mês"
        head="Atendente"
        rows={view.byAgent}
        label={(r) => r.userName}
        priced={priced}
      />
      <Rows
        caption="Consultas por produto neste mês"
        head="Produto"
        rows={view.byProduct}
        label={(r) => `${r.productName} (${r.productId})`}
        priced={priced}
      />
      {withSeries && (
        <>
          <Rows
            caption="Consultas por mês (tabela)"
            head="Mês"
            rows={view.months}
            label={(r) => longMonth(r.month)}
            priced={priced}
          />
          <Rows
            caption="Consultas por dia (tabela)"
            head="Dia"
            rows={view.byDay}
            label={(r) => dayMonth(r.day)}
            priced={priced}
          />
        </>
      )}
    </div>
  );
}
