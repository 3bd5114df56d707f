import { Cell, Pie, PieChart, Tooltip } from 'recharts';
import type { ClientRevenue } from '../../../../shared/ipc/dto/client-billing';
import { money, PALETTE, percent } from './chartFormat';

/** Revenue by category: each slice with its amount and share in the tooltip and in the legend. */
export function RevenuePie({ categories }: { categories: ClientRevenue['categories'] }) {
  const slices = categories.filter((c) => c.cents > 0);
  const whole = slices.reduce((s, c) => s + c.cents, 0);
  if (whole === 0) return <p className="muted">Sem faturamento no período.</p>;
  return (
    <figure className="chart">
      <PieChart
        style={{ width: 220, height: 220 }}
        responsive
        role="img"
        aria-label="Faturamento por categoria"
      >
        <Pie
          data={slices}
          dataKey="cents"
          nameKey="category"
          outerRadius="90%"
          stroke="#fff"
          isAnimationActive={false}
        >
          {slices.map((c, i) => (
            <Cell key={c.category} fill={PALETTE[i % PALETTE.length]} />
          ))}
        </Pie>
        <Tooltip
          formatter={(value, name) => [
            `${money(Number(value))} (${percent(Number(value), whole)})`,
            String(name),
          ]}
        />
      </PieChart>
      <figcaption>
        <ul className="legend">
          {slices.map((c, i) => (
            <li key={c.category}>
              <span className="swatch" style={{ background: PALETTE[i % PALETTE.length] }} />
              {c.category} <span className="muted">{money(c.cents)}</span>{' '}
              <span className="muted">{percent(c.cents, whole)}</span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
