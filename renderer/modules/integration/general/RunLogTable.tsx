import type { IntegrationRunStatus, IntegrationRunView } from '../../../../shared/ipc/dto/integration';
import { errorMessage, useChannelMutation } from '../../../lib/query';
import { Badge } from '../../../ui/Badge';
import { ErrorNote } from '../../../ui/ErrorNote';
import { countBR, formatDateTimeSecondsBR, formatDurationBR } from '../format';
import { saveBlob } from '../../../ui/save-file';
import { useRunLog } from './useRunLog';
import styles from './RunLogTable.module.css';
import tableCss from '../../../ui/table.module.css';

const STATUS: Record<IntegrationRunStatus, { label: string; tone: 'ok' | 'warn' | 'bad' | 'neutral' }> = {
  success: { label: 'Sucesso', tone: 'ok' },
  error: { label: 'Erro', tone: 'bad' },
  running: { label: 'Em andamento', tone: 'neutral' },
  partial: { label: 'Parcial', tone: 'warn' },
};
const JOB = {
  erp: 'Dados ERP (ERP → Central)',
  bureau: 'Contas a receber → bureau',
  email: 'Notificações de atividades → e-mail',
  erpOutbox: 'Consultas e créditos → ERP',
};
const TRIGGER = { schedule: 'agendada', catch_up: 'recuperada', manual: 'manual' };

function requestsText(r: IntegrationRunView): string {
  const failed = r.failedRequests ? ` (${countBR.format(r.failedRequests)} com erro)` : '';
  return `${countBR.format(r.requests)}${failed}`;
}

/** Log: every run of both jobs, newest first, each with its detailed log as a .txt file. */
export function RunLogTable({ running }: { running: boolean }) {
  const { runs, hasMore, error, more } = useRunLog(running);
  // A download is asked for once, not cached: a mutation-shaped call over a read channel.
  const download = useChannelMutation('integration.runs.log', {
    onSuccess: (file) => saveBlob(file.fileName, new Blob([file.text], { type: 'text/plain;charset=utf-8' })),
  });

  return (
    <section className="integration-runs" aria-labelledby="integration-runs-title">
      <h3 id="integration-runs-title">Log das execuções</h3>
      <ErrorNote message={error ?? errorMessage(download.error)} />
      <table className={`${tableCss.table} ${styles.table}`} aria-label="Execuções da integração">
        <thead>
          <tr>
            <th scope="col">Data</th>
            <th scope="col">Integração</th>
            <th scope="col">Status</th>
            <th scope="col" className={styles.num}>
              Registros
            </th>
            <th scope="col" className={styles.num}>
              Requisições
            </th>
            <th scope="col" className={styles.num}>
              Duração
            </th>
            <th scope="col">Log</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr key={r.id} data-testid="integration-run">
              <td className={styles.when}>
                {formatDateTimeSecondsBR(r.startedAt)} <span className="muted">({TRIGGER[r.trigger]})</span>
              </td>
              <td>
                {JOB[r.job]}
                {r.ranBy && (
                  <div className="muted">
                    {r.ranBy.thisSeat
                      ? `Executado por este computador (${r.ranBy.machineName})`
                      : `Executado por ${r.ranBy.machineName}`}
                  </div>
                )}
              </td>
              <td title={r.outcome ?? undefined}>
                <Badge tone={STATUS[r.status].tone}>{STATUS[r.status].label}</Badge>
              </td>
              <td className={styles.num}>{countBR.format(r.rows)}</td>
              <td className={styles.num}>{requestsText(r)}</td>
              <td className={styles.num}>{r.durationMs === null ? '—' : formatDurationBR(r.durationMs)}</td>
              <td>
                <button
                  type="button"
                  aria-label={`Baixar log da execução ${r.id}`}
                  className={
                    download.isPending && download.variables?.runId === r.id
                      ? `link is-busy ${styles.logButton}`
                      : `link ${styles.logButton}`
                  }
                  aria-busy={download.isPending && download.variables?.runId === r.id}
                  onClick={() => download.mutate({ runId: r.id })}
                >
                  Baixar log
                </button>
              </td>
            </tr>
          ))}
          {runs.length === 0 && (
            <tr>
              <td colSpan={7} className="muted">
                Nenhuma execução registrada ainda.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {hasMore && (
        <button type="button" className={styles.more} onClick={more}>
          Mostrar execuções anteriores
        </button>
      )}
    </section>
  );
}
