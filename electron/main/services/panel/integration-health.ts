/** Painel → Integração: the last ERP sync and receivables send, failures and the "tempo máximo sem sucesso" alerts. */
import type { IntegrationHealthView, JobHealth } from '../../../../shared/ipc/dto/panel';
import type { Core } from '../../core-types';
import { lastSuccessAt } from '../../db/repos/integration-runs.repo';
import { ERP_SYNC_JOB } from '../../jobs/erp-sync.job';
import { RECEIVABLES_JOB } from '../../jobs/receivables.job';
import { integrationOverview } from '../integration/integration-overview.service';
import { receivablesAlert } from '../receivables/receivables-status.service';
import { maxHoursWithoutSuccess } from '../receivables/receivables-settings';

const WEEK_MS = 7 * 86_400_000;

function jobHealth(core: Core, job: string, alert: string | null): JobHealth {
  const last = core.db
    .prepare(
      'SELECT started_at, finished_at, status, outcome FROM job_runs WHERE job = ? ORDER BY id DESC LIMIT 1',
    )
    .get(job) as
    | {
        started_at: string;
        finished_at: string | null;
        status: JobHealth['lastStatus'];
        outcome: string | null;
      }
    | undefined;
  const since = new Date(core.now().getTime() - WEEK_MS).toISOString();
  const failures = core.db
    .prepare("SELECT count(*) FROM job_runs WHERE job = ? AND status = 'failed' AND started_at >= ?")
    .pluck()
    .get(job, since) as number;
  return {
    lastRunAt: last ? (last.finished_at ?? last.started_at) : null,
    lastStatus: last?.status ?? null,
    lastOutcome: last?.outcome ?? null,
    lastSuccessAt: lastSuccessAt(core.db, job),
    failures7d: failures,
    alert,
  };
}

export function integrationHealth(core: Core): IntegrationHealthView {
  return {
    erp: jobHealth(core, ERP_SYNC_JOB, integrationOverview(core).alert),
    receivables: jobHealth(core, RECEIVABLES_JOB, receivablesAlert(core).alert),
    maxHoursWithoutSuccess: maxHoursWithoutSuccess(core),
  };
}
