import type { BureauQueryRow } from '../../../shared/ipc/dto/bureau';
import { Badge } from '../../ui/Badge';
import { formatBRL, formatDateTimeBR } from '../../ui/format';
import styles from './QueriesTable.module.css';
import tableCss from '../../ui/table.module.css';

const STATUS: Record<BureauQueryRow['status'], { label: string; tone: 'ok' | 'warn' | 'bad' | 'neutral' }> = {
  succeeded: { label: 'Realizada', tone: 'ok' },
  pending: { label: 'Em andamento', tone: 'neutral' },
  unknown: { label: 'Sem resposta', tone: 'warn' },
  failed: { label: 'Falhou', tone: 'bad' },
};

function opinion(r: BureauQueryRow): string {
  if (r.status === 'failed') return r.errorMessage ?? 'Falhou.';
  if (r.approved === null) return r.opinion ?? '—';
  const verdict = r.approved ? 'Aprovado' : 'Reprovado';
  // The bureau's own text usually starts with the verdict already.
  if (r.opinion?.toLowerCase().startsWith(verdict.toLowerCase())) return r.opinion;
  return r.opinion ? `${verdict}: ${r.opinion}` : verdict;
}

const actionLabel = (r: BureauQueryRow): string | null => {
  if (r.status === 'failed' || r.status === 'pending') return null;
  if (r.status === 'unknown' && r.id !== null) return 'Verificar';
  return r.hasResult ? 'Abrir' : 'Obter sem nova consulta';
};

/** The Consultas tab: date, user, product, score, suggested limit, opinion. */
export function QueriesTable({
  rows,
  onOpen,
}: {
  rows: BureauQueryRow[];
  onOpen: (row: BureauQueryRow) => void;
}) {
  if (rows.length === 0) return <p className="muted">Nenhuma consulta Deps deste cliente.</p>;
  return (
    <table className={tableCss.table} aria-label="Consultas">
      <thead>
        <tr>
          <th>Data</th>
          <th>Usuário</th>
          <th>Produto</th>
          <th>Score</th>
          <th>Limite sugerido</th>
          <th>Parecer</th>
          <th>Situação</th>
          <th>
            <span className="sr-only">Ações</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => {
          const action = actionLabel(r);
          return (
            <tr key={r.id ?? `erp-${i}`} data-testid="credit-query-row">
              <td>{formatDateTimeBR(r.requestedAt)}</td>
              <td>{r.userName}</td>
              <td>{r.productName}</td>
              <td>{r.score ?? '—'}</td>
              <td>{r.suggestedLimitCents !== null ? formatBRL(r.suggestedLimitCents) : '—'}</td>
              <td className={styles.opinion}>{opinion(r)}</td>
              <td>
                <Badge tone={STATUS[r.status].tone}>{STATUS[r.status].label}</Badge>
                {r.reused && <span className="muted"> (reutilizada)</span>}
              </td>
              <td>
                {action && (
                  <button type="button" onClick={() => onOpen(r)}>
                    {action}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
