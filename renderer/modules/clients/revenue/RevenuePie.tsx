import { Cell, Pie, PieChart, Tooltip } from 'recharts';
import type { ClientRevenue } from '../../../../shared/ipc/dto/client-billing';
import { money, PALETTE, percent } from './chartFormat';
import styles from './RevenuePie.module.css';

/** Revenue by category: each slice with its amount and share in the tooltip and in the legend. */
export function RevenuePie({ categories }: { categories: ClientRevenue['categories'] }) {
  const slices = categories.filter((c) => c.cents > 0);
  const whole = slices.reduce((s, c) => s + c.cents, 0);
  if (whole === 0) return <p className="muted">Sem faturamento no período.</p>;
  return (
    <figure className={styles.figure}>
      <PieChart
        style={{ width: 200, height: 200 }}
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
        <ul className={styles.legend}>
          {slices.map((c, i) => (
            <li key={c.category}>
              <span className={styles.swatch} style={{ background: PALETTE[i % PALETTE.length] }} />
              <span>{c.category}</span>
              <span className={styles.amount}>{money(c.cents)}</span>
              <span className={styles.amount}>{percent(c.cents, whole)}</span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
