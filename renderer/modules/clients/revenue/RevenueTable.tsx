import type { ClientRevenue } from '../../../../shared/ipc/dto/client-billing';
import { longMonth, money, percent } from './chartFormat';
import tableCss from '../../../ui/table.module.css';
import chartCss from '../../../ui/charts.module.css';

/** The same figures as the charts, for reading aloud to the client or copying. */
export function RevenueTable({ revenue }: { revenue: ClientRevenue }) {
  return (
    <div className={chartCss.tables}>
      <table className={tableCss.table} aria-label="Faturamento por categoria (tabela)">
        <thead>
          <tr>
            <th>Categoria</th>
            <th className={tableCss.num}>Valor líquido</th>
            <th className={tableCss.num}>Participação</th>
          </tr>
        </thead>
        <tbody>
          {revenue.categories.map((c) => (
            <tr key={c.category}>
              <td>{c.category}</td>
              <td className={tableCss.num}>{money(c.cents)}</td>
              <td className={tableCss.num}>{percent(c.cents, revenue.totalCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th>Total</th>
            <th className={tableCss.num}>{money(revenue.totalCents)}</th>
            <td />
          </tr>
        </tfoot>
      </table>
      <table className={tableCss.table} aria-label="Faturamento por mês (tabela)">
        <thead>
          <tr>
            <th>Mês</th>
            <th className={tableCss.num}>Valor líquido</th>
          </tr>
        </thead>
        <tbody>
          {revenue.months.map((m) => (
            <tr key={m.month}>
              <td>{longMonth(m.month)}</td>
              <td className={tableCss.num}>{money(m.cents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
