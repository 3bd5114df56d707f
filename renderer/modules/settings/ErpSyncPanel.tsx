import { useCallback, useEffect, useState } from 'react';
import type { ErpSyncStatus, JobRunView } from '../../../shared/ipc/dto/erp';
import { call } from '../../lib/api';
import { Badge } from '../../ui/Badge';
import { ErrorNote } from '../../ui/ErrorNote';
import { formatDateTimeBR } from '../../ui/format';

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

/**
 * "Sincronizar agora" and what the last runs did; polls while a run is in progress. Next run and
 * average duration are in Informações Gerais above.
 */
export function ErpSyncPanel({ version, onSyncStarted }: { version: number; onSyncStarted?: () => void }) {
  const [status, setStatus] = useState<ErpSyncStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    const r = await call('erp.sync.status', {});
    if (r.ok) setStatus(r.value);
    else setError(r.error.message);
  }, []);
  useEffect(() => {
    void load();
  }, [load, version]);
  const running = status?.runningRunId != null;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void load(), 1000);
    return () => clearInterval(timer);
  }, [running, load]);

  const syncNow = async () => {
    const r = await call('erp.sync.runNow', {});
    setError(r.ok ? null : r.error.message);
    await load();
    if (r.ok) onSyncStarted?.();
  };

  if (!status) return error ? <ErrorNote message={error} /> : null;
  const last = status.runs[0];
  return (
    <section className="erp-sync" aria-label="Sincronização com o ERP">
      <h3>Sincronização</h3>
      <dl className="field-list">
        <div className="field">
          <dt>Última integração</dt>
          <dd data-testid="erp-last-run">
            {last ? (
              <>
                {formatDateTimeBR(last.startedAt)}{' '}
                <Badge tone={STATUS[last.status].tone}>{STATUS[last.status].label}</Badge>{' '}
                <span className="muted">({TRIGGER[last.trigger]})</span>
                {last.outcome && <div className="muted">{last.outcome}</div>}
              </>
            ) : (
              'Nenhuma'
            )}
          </dd>
        </div>
      </dl>
      <ErrorNote message={error} />
      <div className="erp-actions">
        <button
          type="button"
          className="primary"
          disabled={running || !status.configured}
          onClick={() => void syncNow()}
        >
          {running ? 'Sincronizando…' : 'Sincronizar agora'}
        </button>
      </div>
      <table className="table erp-tables">
        <thead>
          <tr>
            <th scope="col">Tabela</th>
            <th scope="col">Registros recebidos</th>
            <th scope="col">Última leitura completa</th>
          </tr>
        </thead>
        <tbody>
          {status.tables.map((t) => (
            <tr key={t.table}>
              <td>{t.label}</td>
              <td>
                {count.format(t.rowsTotal)}
                {t.inProgress && <span className="muted"> (leitura em andamento)</span>}
              </td>
              <td>{t.lastCompletedAt ? formatDateTimeBR(t.lastCompletedAt) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {status.lastRunRequests.some((r) => r.status === 'error') && (
        <ul className="erp-errors">
          {status.lastRunRequests
            .filter((r) => r.status === 'error')
            .map((r) => (
              <li key={r.id}>
                {formatDateTimeBR(r.at)} · {r.table}: {r.error}
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
