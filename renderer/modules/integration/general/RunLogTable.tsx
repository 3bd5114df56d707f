import { useState } from 'react';
import type { IntegrationRunStatus, IntegrationRunView } from '../../../../shared/ipc/dto/integration';
import { call } from '../../../lib/api';
import { Badge } from '../../../ui/Badge';
import { ErrorNote } from '../../../ui/ErrorNote';
import { countBR, formatDateTimeSecondsBR, formatDurationBR } from '../format';
import { saveBlob } from '../save-file';
import { useRunLog } from './useRunLog';

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
export function RunLogTable({ version }: { version: string }) {
  const { runs, hasMore, error, more } = useRunLog(version);
  const [downloadError, setDownloadError] = useState<string | null>(null);

  const download = async (runId: number) => {
    const r = await call('integration.runs.log', { runId });
    setDownloadError(r.ok ? null : r.error.message);
    if (r.ok) saveBlob(r.value.fileName, new Blob([r.value.text], { type: 'text/plain;charset=utf-8' }));
  };

  return (
    <section className="integration-runs" aria-labelledby="integration-runs-title">
      <h3 id="integration-runs-title">Log das execuções</h3>
      <ErrorNote message={error ?? downloadError} />
      <table className="table" aria-label="Execuções da integração">
        <thead>
          <tr>
            <th scope="col">Data</th>
            <th scope="col">Integração</th>
            <th scope="col">Status</th>
            <th scope="col">Registros</th>
            <th scope="col">Requisições</th>
            <th scope="col">Duração</th>
            <th scope="col">Log</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr key={r.id} data-testid="integration-run">
              <td>
                {formatDateTimeSecondsBR(r.startedAt)} <span className="muted">({TRIGGER[r.trigger]})</span>
              </td>
              <td>{JOB[r.job]}</td>
              <td title={r.outcome ?? undefined}>
                <Badge tone={STATUS[r.status].tone}>{STATUS[r.status].label}</Badge>
              </td>
              <td>{countBR.format(r.rows)}</td>
              <td>{requestsText(r)}</td>
              <td>{r.durationMs === null ? '—' : formatDurationBR(r.durationMs)}</td>
              <td>
                <button
                  type="button"
                  className="link"
                  aria-label={`Baixar log da execução ${r.id}`}
                  onClick={() => void download(r.id)}
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
        <button type="button" onClick={more}>
          Mostrar execuções anteriores
        </button>
      )}
    </section>
  );
}
