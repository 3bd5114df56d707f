import type { RestrictionBlock } from '../../../shared/ipc/dto/bureau';
import { formatBRL, formatDateBR } from '../../ui/format';
import { BlockNote } from './BlockState';
import styles from './RestrictionList.module.css';
import tableCss from '../../ui/table.module.css';

/** Pendências, protestos, cheques, ações judiciais: counts and totals, or the bureau's own note. */
export function RestrictionList({ blocks }: { blocks: RestrictionBlock[] }) {
  return (
    <table className={`${tableCss.table} ${styles.restrictions}`} aria-label="Restrições">
      <thead>
        <tr>
          <th>Restrição</th>
          <th className={tableCss.num}>Quantidade</th>
          <th className={tableCss.num}>Total</th>
          <th>Detalhe</th>
        </tr>
      </thead>
      <tbody>
        {blocks.map((b) => (
          <tr key={b.key} data-testid={`restriction-${b.key}`} data-state={b.state}>
            <td>{b.label}</td>
            <td className={tableCss.num}>{b.state === 'found' ? (b.count ?? '—') : '—'}</td>
            <td className={`${tableCss.num} ${tableCss.nowrap}`}>
              {b.state === 'found' && b.totalCents !== null ? formatBRL(b.totalCents) : '—'}
            </td>
            <td>
              {b.state === 'found' ? (
                <ul className={styles.occurrences}>
                  {b.occurrences.slice(0, 5).map((o, i) => (
                    <li key={i}>
                      {o.description}
                      {o.date ? ` · ${formatDateBR(o.date)}` : ''}
                      {o.amountCents !== null && (
                        <>
                          {' · '}
                          {/* An amount never breaks between "R$" and its digits. */}
                          <span className={tableCss.nowrap}>{formatBRL(o.amountCents)}</span>
                        </>
                      )}
                    </li>
                  ))}
                  {b.occurrences.length > 5 && <li className="muted">e mais {b.occurrences.length - 5}…</li>}
                </ul>
              ) : (
                <BlockNote status={b} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
