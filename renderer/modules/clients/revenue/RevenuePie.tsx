import type { ClientRevenue } from '../../../../shared/ipc/dto/client-billing';
import { money, PALETTE, percent } from './chartFormat';

const R = 90;
const C = 100;

function point(angle: number): string {
  return `${(C + R * Math.sin(angle)).toFixed(2)} ${(C - R * Math.cos(angle)).toFixed(2)}`;
}

/** Revenue by category as a hand-drawn SVG pie (no chart library: the CSP forbids eval). */
export function RevenuePie({ categories }: { categories: ClientRevenue['categories'] }) {
  const slices = categories.filter((c) => c.cents > 0);
  const whole = slices.reduce((s, c) => s + c.cents, 0);
  if (whole === 0) return <p className="muted">Sem faturamento no período.</p>;
  let angle = 0;
  return (
    <figure className="chart">
      <svg viewBox="0 0 200 200" width="220" height="220" role="img" aria-label="Faturamento por categoria">
        {slices.map((c, i) => {
          const sweep = (c.cents / whole) * Math.PI * 2;
          const from = angle;
          angle += sweep;
          const label = `${c.category}: ${money(c.cents)} (${percent(c.cents, whole)})`;
          const fill = PALETTE[i % PALETTE.length];
          return slices.length === 1 ? (
            <circle key={c.category} cx={C} cy={C} r={R} fill={fill} tabIndex={0} aria-label={label}>
              <title>{label}</title>
            </circle>
          ) : (
            <path
              key={c.category}
              d={`M ${C} ${C} L ${point(from)} A ${R} ${R} 0 ${sweep > Math.PI ? 1 : 0} 1 ${point(angle)} Z`}
              fill={fill}
              stroke="#fff"
              strokeWidth="1"
              tabIndex={0}
              aria-label={label}
            >
              <title>{label}</title>
            </path>
          );
        })}
      </svg>
      <figcaption>
        <ul className="legend">
          {slices.map((c, i) => (
            <li key={c.category}>
              <span className="swatch" style={{ background: PALETTE[i % PALETTE.length] }} />
              {c.category} <span className="muted">{percent(c.cents, whole)}</span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
