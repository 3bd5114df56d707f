import type { JobRunView } from '../../../shared/ipc/dto/erp';
import { errorMessage, useChannelMutation, useChannelQuery } from '../../lib/query';
import { Badge } from '../../ui/Badge';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatDateTimeBR } from '../../ui/format';
import styles from './ErpSyncPanel.module.css';
import tableCss from '../../ui/table.module.css';

const STATUS: Record<JobRunView['status'], { label: string; tone: 'ok' | 'warn' | 'bad' | 'neutral' }> = {
  running: { label: 'Em andamento', tone: 'neutral' },
  success: { label: 'Sucesso', tone: 'ok' },
  failed: { label: 'Erro', tone: 'bad' },
  interrupted: { label: 'Interrompida', tone: 'warn' },
};
const TRIGGER: Record<JobRunView['trigger'], string> = {
  schedule: 'agendada',
  catch_up: 'recuperada (computador desligado no horário)',
  manual: 'manual',
};
const count = new Intl.NumberFormat('pt-BR');

/** The sync status, polled every second while a run is in progress (also used by the first-run wizard). */
export function useErpSyncStatus() {
  return useChannelQuery(
    'erp.sync.status',
    {},
    {
      refetchInterval: (q) => (q.state.data?.runningRunId != null ? 1000 : false),
    },
  );
}

/**
 * "Sincronizar agora" and what the last runs did. Next run and average duration are in
 * Informações Gerais above.
 */
export function ErpSyncPanel() {
  const q = useErpSyncStatus();
  const status = q.data ?? null;
  const syncNow = useChannelMutation('erp.sync.runNow', {
    invalidates: ['erp.sync.status', 'integration.overview', 'integration.runs.list'],
  });
  const error = errorMessage(syncNow.error) ?? errorMessage(q.error);

  if (!status) return error ? <ErrorNote message={error} /> : null;
  const running = status.runningRunId != null;
  const last = status.runs[0];
  const failures = status.lastRunRequests.filter((r) => r.status === 'error');
  return (
    <section className={styles.panel} aria-label="Sincronização com o ERP">
      <div className={styles.head}>
        <h3>Sincronização</h3>
        <button
          type="button"
          className={running || syncNow.isPending ? 'primary is-busy' : 'primary'}
          aria-busy={running || syncNow.isPending}
          disabled={running || syncNow.isPending || !status.configured}
          onClick={() => syncNow.mutate({})}
        >
          {running ? 'Sincronizando…' : 'Sincronizar agora'}
        </button>
      </div>
      <p className={styles.last}>
        <span className="muted">Última integração: </span>
        <span data-testid="erp-last-run">
          {last ? (
            <>
              {formatDateTimeBR(last.startedAt)}{' '}
              <Badge tone={STATUS[last.status].tone}>{STATUS[last.status].label}</Badge>{' '}
              <span className="muted">({TRIGGER[last.trigger]})</span>
              {last.outcome && <span className={`muted ${styles.outcome}`}>{last.outcome}</span>}
            </>
          ) : (
            'Nenhuma'
          )}
        </span>
      </p>
      <ErrorNote message={error} />
      <table className={`${tableCss.table} ${styles.tables}`} aria-label="Tabelas recebidas do ERP">
        <thead>
          <tr>
            <th scope="col">Tabela</th>
            <th scope="col" className={styles.num}>
              Registros recebidos
            </th>
            <th scope="col">Última leitura completa</th>
          </tr>
        </thead>
        <tbody>
          {status.tables.map((t) => (
            <tr key={t.table}>
              <td>{t.label}</td>
              <td className={styles.num}>
                {count.format(t.rowsTotal)}
                {t.inProgress && <span className="muted"> (leitura em andamento)</span>}
              </td>
              <td>{t.lastCompletedAt ? formatDateTimeBR(t.lastCompletedAt) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {failures.length > 0 && (
        <ul className={styles.errors}>
          {failures.map((r) => (
            <li key={r.id}>
              {formatDateTimeBR(r.at)} · {r.table}: {r.error}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
