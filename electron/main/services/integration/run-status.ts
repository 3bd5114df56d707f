import type { IntegrationRunStatus } from '../../../../shared/ipc/dto/integration';
import type { JobRunStatus } from '../../db/repos/job-runs.repo';

/**
 * What a run means to the person reading the log. A run that stopped with an error after
 * some requests had already gone through moved part of the data (every stored page and every
 * acknowledged batch is kept), so it is "Parcial" rather than plain "Erro".
 */
export function runStatus(
  status: JobRunStatus,
  totals: { requests: number; failed: number },
): IntegrationRunStatus {
  if (status === 'running') return 'running';
  if (status === 'success') return 'success';
  return totals.requests - totals.failed > 0 ? 'partial' : 'error';
}

export function runDurationMs(startedAt: string, finishedAt: string | null): number | null {
  if (!finishedAt) return null;
  const ms = Date.parse(finishedAt) - Date.parse(startedAt);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}
