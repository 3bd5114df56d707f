import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { ConsumptionView } from '../../../shared/ipc/dto/panel';
import { AXIS, count, dayMonth, longMonth, money, PALETTE, shortMonth } from './format';
import chartCss from '../../ui/charts.module.css';

const tooltip = (queries: number, costCents: number, priced: boolean): [string, string] => [
  priced ? `${count(queries)} (${money(costCents)})` : count(queries),
  'Consultas',
];

/** Queries per month (last 12) and per day (this month): bars, exact figures in the tooltip. */
export function ConsumptionCharts({ view }: { view: ConsumptionView }) {
  return (
    <div className={chartCss.charts}>
      <section aria-label="Consultas por mês">
        <h3>Últimos 12 meses</h3>
        <figure className={`${chartCss.chart} ${chartCss.wide}`}>
          <BarChart
            data={view.months}
            responsive
            style={{ width: '100%', height: 220 }}
            margin={{ top: 12, right: 8, bottom: 0, left: 0 }}
            role="img"
            aria-label="Consultas Deps por mês, últimos 12 meses"
          >
            <CartesianGrid vertical={false} stroke="#e3e7ed" />
            <XAxis dataKey="month" tickFormatter={shortMonth} tick={AXIS} />
            <YAxis allowDecimals={false} tick={AXIS} width={40} />
            <Tooltip
              labelFormatter={(l) => longMonth(String(l))}
              formatter={(_v, _n, item) => {
                const p = item.payload as ConsumptionView['months'][number];
                return tooltip(p.queries, p.costCents, view.pricesSet);
              }}
            />
            <Bar dataKey="queries" fill={PALETTE.primary} isAnimationActive={false} />
          </BarChart>
        </figure>
      </section>
      <section aria-label="Consultas por dia">
        <h3>Por dia em {longMonth(view.month)}</h3>
        <figure className={`${chartCss.chart} ${chartCss.wide}`}>
          <BarChart
            data={view.byDay}
            responsive
            style={{ width: '100%', height: 220 }}
            margin={{ top: 12, right: 8, bottom: 0, left: 0 }}
            role="img"
            aria-label="Consultas Deps por dia neste mês"
          >
            <CartesianGrid vertical={false} stroke="#e3e7ed" />
            <XAxis dataKey="day" tickFormatter={dayMonth} tick={AXIS} />
            <YAxis allowDecimals={false} tick={AXIS} width={40} />
            <Tooltip
              labelFormatter={(l) => dayMonth(String(l))}
              formatter={(_v, _n, item) => {
                const p = item.payload as ConsumptionView['byDay'][number];
                return tooltip(p.queries, p.costCents, view.pricesSet);
              }}
            />
            <Bar dataKey="queries" fill={PALETTE.secondary} isAnimationActive={false} />
          </BarChart>
        </figure>
      </section>
    </div>
  );
}
