/** The run log under Informações Gerais: both jobs' runs with their counts, and each run's log file. */
import { formatDateBR } from '../../../../shared/domain/dates';
import { formatBRL } from '../../../../shared/domain/money';
import { formatDateTimeSecondsBR, formatDurationBR } from '../../../../shared/domain/date-range-format';
import type {
  IntegrationRunPage,
  IntegrationRunView,
  RunLogFile,
} from '../../../../shared/ipc/dto/integration';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import type { IntegrationRequestRow } from '../../db/repos/integration-requests.repo';
import { listRunsOfJobs } from '../../db/repos/integration-runs.repo';
import { getJobRun, type JobRunRecord } from '../../db/repos/job-runs.repo';
import { directionLabel, RUN_STATUS_LABEL, TRIGGER_LABEL } from './integration-labels';
import { INTEGRATION_SOURCES, sourceOfJob, type IntegrationSource } from './integration-sources';
import { runDurationMs, runStatus } from './run-status';

const count = new Intl.NumberFormat('pt-BR');

export function toView(
  core: Pick<Core, 'db'>,
  source: IntegrationSource,
  r: JobRunRecord,
): IntegrationRunView {
  const totals = source.runTotals(core.db, r.id);
  return {
    id: r.id,
    job: source.key,
    businessDate: r.business_date,
    trigger: r.trigger,
    status: runStatus(r.status, totals),
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    durationMs: runDurationMs(r.started_at, r.finished_at),
    outcome: r.outcome,
    requests: totals.requests,
    failedRequests: totals.failed,
    rows: totals.rows,
  };
}

export function listIntegrationRuns(core: Core, beforeId: number | null, limit: number): IntegrationRunPage {
  const records = listRunsOfJobs(
    core.db,
    INTEGRATION_SOURCES.map((s) => s.job),
    beforeId,
    limit + 1,
  );
  const runs = records.slice(0, limit).map((r) => toView(core, sourceOfJob(r.job) as IntegrationSource, r));
  return { runs, hasMore: records.length > limit };
}

function requestLine(source: IntegrationSource, r: IntegrationRequestRow): string {
  const parts = [
    formatDateTimeSecondsBR(r.at),
    directionLabel(source.key, r.direction),
    r.endpoint,
    r.status === 'ok' ? 'Sucesso' : 'Erro',
    r.http_status === null ? 'sem resposta HTTP' : `HTTP ${r.http_status}`,
    `${count.format(r.rows)} registro(s)`,
    `${count.format(r.duration_ms)} ms`,
  ];
  // Fixed columns, one per header name: a value of a send and an ERP read line up the same way.
  parts.push(r.amount_cents === null ? '-' : formatBRL(r.amount_cents));
  parts.push(r.error ? `${r.error_code ? `[${r.error_code}] ` : ''}${r.error.replace(/\s+/g, ' ')}` : '-');
  return parts.join(' | ');
}

/** A plain-text log of one run: its header, then every request in order, then its errors. */
export function runLogFile(core: Pick<Core, 'db'>, runId: number): RunLogFile {
  const run = getJobRun(core.db, runId);
  const source = run ? sourceOfJob(run.job) : undefined;
  if (!run || !source) throw new AppFailure('runLog.notFound');
  const view = toView(core, source, run);
  const lines = [
    `Central de Atendimento - log da execução ${run.id}`,
    `Integração: ${source.label}`,
    `Data de referência: ${formatDateBR(run.business_date)}`,
    `Disparo: ${TRIGGER_LABEL[run.trigger]}`,
    `Situação: ${RUN_STATUS_LABEL[view.status]}`,
    `Início: ${formatDateTimeSecondsBR(run.started_at)}`,
    `Fim: ${run.finished_at ? formatDateTimeSecondsBR(run.finished_at) : '(em andamento)'}`,
    `Duração: ${view.durationMs === null ? '-' : formatDurationBR(view.durationMs)}`,
    `Resultado: ${run.outcome ?? '-'}`,
    `Requisições: ${count.format(view.requests)} (${count.format(view.failedRequests)} com erro); registros: ${count.format(view.rows)}`,
    '',
    'Requisições (horário de Brasília): data e hora | direção | endpoint | situação | HTTP | registros | duração | valor | erro',
  ];
  const errors: string[] = [];
  for (const r of source.runRequests(core.db, run.id)) {
    const line = requestLine(source, r);
    lines.push(line);
    if (r.status === 'error') errors.push(line);
  }
  if (view.requests === 0) lines.push('(nenhuma requisição registrada nesta execução)');
  // A run can fail before any request (ERP not configured, app closed): its outcome says why.
  if (!errors.length && (run.status === 'failed' || run.status === 'interrupted') && run.outcome)
    errors.push(run.outcome);
  lines.push('', `Erros (${errors.length}):`, ...(errors.length ? errors : ['(nenhum)']));
  return {
    fileName: `integracao-${source.key}-execucao-${run.id}.txt`,
    text: lines.join('\r\n') + '\r\n',
  };
}
