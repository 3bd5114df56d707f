import type { ReconciliationRow } from '../../../shared/ipc/dto/panel';
import { count, money, shortHash } from './format';
import styles from './Panel.module.css';
import tableCss from '../../ui/table.module.css';

const diffClass = (zero: boolean) => (zero ? undefined : styles.diffBad);

/** Local control totals beside the bureau's confirmations, per receivables export, with the difference. */
export function ReconciliationTable({ rows }: { rows: ReconciliationRow[] }) {
  if (rows.length === 0) return <p className="muted">Nenhum envio de contas a receber ainda.</p>;
  return (
    <div className={styles.scroll}>
      <table className={tableCss.table} aria-label="Conciliação dos envios de contas a receber">
        <thead>
          <tr>
            <th scope="col">Envio</th>
            <th scope="col" className={tableCss.num}>
              Linhas Central
            </th>
            <th scope="col" className={tableCss.num}>
              Linhas bureau
            </th>
            <th scope="col" className={tableCss.num}>
              Diferença
            </th>
            <th scope="col" className={tableCss.num}>
              Soma Central
            </th>
            <th scope="col" className={tableCss.num}>
              Soma bureau
            </th>
            <th scope="col" className={tableCss.num}>
              Diferença
            </th>
            <th scope="col">Hash Central</th>
            <th scope="col">Hash bureau</th>
            <th scope="col">Chaves</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.exportId} data-testid="reconciliation-row">
              <th scope="row">
                {r.businessDate.split('-').reverse().join('/')} ·{' '}
                {r.kind === 'full' ? 'carga completa' : 'diário'}
                {r.status === 'sending' && <span className="muted"> (enviando)</span>}
                <div className="muted">
                  lotes {r.batchesConfirmed}/{r.batches}
                  {r.rejectedRows > 0 ? ` · ${count(r.rejectedRows)} recusada(s)` : ''}
                </div>
              </th>
              <td className={tableCss.num}>{count(r.local.rows)}</td>
              <td className={tableCss.num}>{count(r.confirmed.rows)}</td>
              <td className={`${tableCss.num} ${diffClass(r.difference.rows === 0) ?? ''}`}>
                {count(r.difference.rows)}
              </td>
              <td className={tableCss.num}>{money(r.local.amountCents)}</td>
              <td className={tableCss.num}>{money(r.confirmed.amountCents)}</td>
              <td className={`${tableCss.num} ${diffClass(r.difference.amountCents === 0) ?? ''}`}>
                {money(r.difference.amountCents)}
              </td>
              <td className="mono" title={r.local.keysHash}>
                {shortHash(r.local.keysHash)}
              </td>
              <td className="mono" title={r.confirmed.keysHash}>
                {shortHash(r.confirmed.keysHash)}
              </td>
              <td className={diffClass(r.difference.sameKeys)}>
                {r.difference.sameKeys ? 'conferem' : 'divergem'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
