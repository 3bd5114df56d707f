import type { ReceivablesRunView } from '../../../shared/ipc/dto/receivables';
import { Badge } from '../../ui/Badge';
import { formatBRL, formatDateBR, formatDateTimeBR } from '../../ui/format';
import styles from './ReceivablesSection.module.css';
import tableCss from '../../ui/table.module.css';

const count = new Intl.NumberFormat('pt-BR');
const TRIGGER: Record<ReceivablesRunView['trigger'], string> = {
  schedule: 'agendada',
  catch_up: 'recuperada',
  manual: 'manual',
};

function StatusBadge({ run }: { run: ReceivablesRunView }) {
  if (run.skipped) return <Badge tone="neutral">Ignorada</Badge>;
  if (run.status === 'success') return <Badge tone="ok">Sucesso</Badge>;
  if (run.status === 'failed') return <Badge tone="bad">Erro</Badge>;
  if (run.status === 'interrupted') return <Badge tone="warn">Interrompida</Badge>;
  return <Badge tone="neutral">Em andamento</Badge>;
}

/** The last runs with their control totals: what was sent and what the bureau confirmed. */
export function ReceivablesRunsTable({ runs }: { runs: ReceivablesRunView[] }) {
  if (runs.length === 0) return <p className="muted">Nenhum envio ainda.</p>;
  return (
    <table className={`${tableCss.table} ${styles.runs}`} aria-label="Últimos envios de contas a receber">
      <thead>
        <tr>
          <th scope="col">Início</th>
          <th scope="col">Data de referência</th>
          <th scope="col">Situação</th>
          <th scope="col" className={styles.num}>
            Registros confirmados
          </th>
          <th scope="col" className={styles.num}>
            Valor confirmado
          </th>
          <th scope="col" className={styles.num}>
            Recusados / erros
          </th>
        </tr>
      </thead>
      <tbody>
        {runs.map((r) => (
          <tr key={r.id} data-testid="receivables-run">
            <td className={styles.when}>
              {formatDateTimeBR(r.startedAt)} <span className="muted">({TRIGGER[r.trigger]})</span>
            </td>
            <td>{formatDateBR(r.businessDate)}</td>
            <td>
              <StatusBadge run={r} />
              {r.outcome && <div className={`muted ${styles.outcome}`}>{r.outcome}</div>}
            </td>
            <td className={styles.num}>
              {count.format(r.confirmedRows)}
              {r.confirmedRows !== r.sentRows && (
                <span className={styles.mismatch}> de {count.format(r.sentRows)} enviados</span>
              )}
            </td>
            <td className={styles.num}>{formatBRL(r.confirmedCents)}</td>
            <td className={styles.num}>
              {count.format(r.rejectedRows)} / {count.format(r.errors)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
