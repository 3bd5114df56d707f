import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { ClientRevenue } from '../../../../shared/ipc/dto/client-billing';
import { compactMoney, longMonth, money, PALETTE, shortMonth } from './chartFormat';
import chartCss from '../../../ui/charts.module.css';

type Month = ClientRevenue['months'][number];

/**
 * Revenue by month, last 12 months: BRL axis, each bar's value above it and a tooltip with the
 * exact amount (mouse, or the arrow keys once the chart has focus). A month with net refunds
 * shows no bar; the Tabela view has the same figures for reading aloud.
 */
export function RevenueBars({ months }: { months: ClientRevenue['months'] }) {
  const data = months.map((m) => ({ ...m, shown: Math.max(0, m.cents) }));
  return (
    <figure className={`${chartCss.chart} ${chartCss.wide}`}>
      <BarChart
        data={data}
        responsive
        style={{ width: '100%', height: 240 }}
        margin={{ top: 18, right: 8, bottom: 0, left: 8 }}
        role="img"
        aria-label="Faturamento por mês"
      >
        <CartesianGrid vertical={false} stroke="#e3e7ed" />
        <XAxis dataKey="month" tickFormatter={shortMonth} tick={{ fontSize: 11, fill: '#5f6b7a' }} />
        <YAxis
          tickFormatter={(v: number) => compactMoney(v)}
          tick={{ fontSize: 11, fill: '#5f6b7a' }}
          width={72}
        />
        <Tooltip
          cursor={{ fill: 'rgba(0, 114, 178, 0.08)' }}
          labelFormatter={(label) => longMonth(String(label))}
          formatter={(_value, _name, item) => [money((item.payload as Month).cents), 'Faturamento líquido']}
        />
        <Bar dataKey="shown" fill={PALETTE[0]} radius={[2, 2, 0, 0]} isAnimationActive={false}>
          <LabelList
            dataKey="shown"
            position="top"
            formatter={(v: unknown) => (Number(v) > 0 ? compactMoney(Number(v)) : '')}
            style={{ fontSize: 10, fill: '#3b4654' }}
          />
        </Bar>
      </BarChart>
    </figure>
  );
}
