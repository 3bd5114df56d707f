import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { AbcDistributionView } from '../../../shared/ipc/dto/panel';
import { AXIS, count, PALETTE } from './format';
import chartCss from '../../ui/charts.module.css';

/** Clients per ABC class now and at the end of last month, side by side. */
export function AbcChart({ view }: { view: AbcDistributionView }) {
  const data = view.classes.map((c) => ({
    label: `Classe ${c.abcClass}`,
    agora: c.clients,
    mesPassado: c.lastMonth,
  }));
  return (
    <figure className={chartCss.chart}>
      <BarChart
        data={data}
        responsive
        style={{ width: '100%', height: 220 }}
        margin={{ top: 12, right: 8, bottom: 0, left: 0 }}
        role="img"
        aria-label="Clientes por classe ABC, agora e no mês passado"
      >
        <CartesianGrid vertical={false} stroke="#e3e7ed" />
        <XAxis dataKey="label" tick={AXIS} />
        <YAxis allowDecimals={false} tick={AXIS} width={48} />
        <Tooltip
          formatter={(v, name) => [count(Number(v)), name === 'agora' ? 'Agora' : 'Fim do mês passado']}
        />
        <Legend formatter={(name) => (name === 'agora' ? 'Agora' : 'Fim do mês passado')} />
        <Bar dataKey="mesPassado" fill={PALETTE.secondary} isAnimationActive={false} />
        <Bar dataKey="agora" fill={PALETTE.primary} isAnimationActive={false} />
      </BarChart>
    </figure>
  );
}
