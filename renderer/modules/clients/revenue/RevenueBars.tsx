import type { ClientRevenue } from '../../../../shared/ipc/dto/client-billing';
import { longMonth, money, shortMonth } from './chartFormat';

const W = 600;
const H = 220;
const TOP = 10;
const BOTTOM = 24;
const SLOT = W / 12;

/** Revenue by month, last 12 months, as hand-drawn SVG bars; a month with net refunds shows no bar. */
export function RevenueBars({ months }: { months: ClientRevenue['months'] }) {
  const max = Math.max(1, ...months.map((m) => m.cents));
  const usable = H - TOP - BOTTOM;
  return (
    <figure className="chart chart-wide">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" height={H} role="img" aria-label="Faturamento por mês">
        <line x1="0" x2={W} y1={H - BOTTOM} y2={H - BOTTOM} stroke="#c5ccd6" />
        {months.map((m, i) => {
          const height = m.cents > 0 ? Math.max(2, (m.cents / max) * usable) : 0;
          const label = `${longMonth(m.month)}: ${money(m.cents)}`;
          return (
            <g key={m.month} tabIndex={0} aria-label={label}>
              <title>{label}</title>
              {/* A full-height transparent target makes the tooltip reachable even for small months. */}
              <rect x={i * SLOT} y={TOP} width={SLOT} height={usable} fill="transparent" />
              <rect
                x={i * SLOT + SLOT * 0.18}
                y={H - BOTTOM - height}
                width={SLOT * 0.64}
                height={height}
                fill="#0072B2"
                rx="2"
              />
              <text x={i * SLOT + SLOT / 2} y={H - 8} textAnchor="middle" fontSize="11" fill="#5f6b7a">
                {shortMonth(m.month)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
