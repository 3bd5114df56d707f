import type { ClientAbcView } from '../../../shared/ipc/dto/client-header';
import type { AbcClass } from '../../../shared/ipc/dto/clients';
import { formatDateTimeBR } from '../../ui/format';
import styles from './ClientHeader.module.css';

const SOURCE: Record<ClientAbcView['source'], string> = {
  erp: 'classe do ERP',
  console: 'curva ABC da Central',
  register: 'cadastro',
};

const trendText = (pct: number): string =>
  `${pct < 0 ? '↓' : pct > 0 ? '↑' : '→'} ${pct > 0 ? '+' : ''}${pct}%`;

/** "C ↓ -28%" as in seed 000: the class in force and its trend against the 12 months before. */
export function AbcKpi({ abc, fallback }: { abc: ClientAbcView | undefined; fallback: AbcClass }) {
  const cls = abc?.abcClass ?? fallback;
  const trend = abc?.trendPct ?? null;
  const why = abc
    ? [
        `Origem: ${SOURCE[abc.source]}`,
        abc.source === 'erp' && abc.computedClass ? `curva da Central: ${abc.computedClass}` : null,
        abc.computedAt ? `calculada em ${formatDateTimeBR(abc.computedAt)}` : null,
        trend !== null ? 'tendência: últimos 12 meses contra os 12 anteriores' : null,
      ]
        .filter(Boolean)
        .join('; ')
    : undefined;
  return (
    <span className={styles.abc} title={why} data-testid="header-abc">
      <span>{cls}</span>
      {trend !== null && (
        <span
          className={trend < 0 ? styles.trendDown : styles.trendUp}
          aria-label={`tendência ${trend > 0 ? '+' : ''}${trend}% em 12 meses`}
        >
          {trendText(trend)}
        </span>
      )}
      {abc?.source === 'erp' && <span className={styles.abcSource}>ERP</span>}
    </span>
  );
}
