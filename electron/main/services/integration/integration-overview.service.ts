/** Informações Gerais: everything the page shows about the integration's health, from real state. */
import type { DeploymentState, IntegrationOverview } from '../../../../shared/ipc/dto/integration';
import type { Core } from '../../core-types';
import { listSyncCursors } from '../../db/repos/erp-sync.repo';
import { lastSuccessAt } from '../../db/repos/integration-runs.repo';
import { averageRunMs } from '../../db/repos/job-runs.repo';
import { getSetting } from '../../db/repos/settings.repo';
import { ERP_TABLES } from '../../gateways/erp/erp-gateway';
import { ERP_SYNC_JOB } from '../../jobs/erp-sync.job';
import { RECEIVABLES_JOB, RECEIVABLES_TIME } from '../../jobs/receivables.job';
import { isErpConfigured, readErpConfig } from '../erp/erp-config';
import { maxHoursWithoutSuccess } from '../receivables/receivables-settings';
import { databaseSize } from './database-size';
import { cachedErpIdentity } from './erp-identity';

const HOUR_MS = 3_600_000;
const AVERAGE_OF_LAST_RUNS = 10;

function deployment(core: Core, configured: boolean): IntegrationOverview['deployment'] {
  const completed = new Set(
    listSyncCursors(core.db)
      .filter((c) => c.last_completed_at)
      .map((c) => c.table_name),
  );
  const tablesLoaded = ERP_TABLES.filter((t) => completed.has(t)).length;
  const state: DeploymentState = !configured
    ? 'not_configured'
    : tablesLoaded < ERP_TABLES.length
      ? 'initial_load'
      : 'done';
  return { state, tablesLoaded, tablesTotal: ERP_TABLES.length };
}

/**
 * "Tempo máximo sem sucesso": counted from the last successful sync or, before the first one,
 * from when the daily sync was first scheduled.
 */
function alertFor(core: Core, configured: boolean, lastSuccess: string | null, limit: number): string | null {
  if (!configured) return null;
  const since = lastSuccess ?? getSetting(core.db, `jobs.${ERP_SYNC_JOB}.scheduledSince`) ?? null;
  if (!since) return null;
  const hours = Math.floor((core.now().getTime() - Date.parse(since)) / HOUR_MS);
  if (hours < limit) return null;
  const what = lastSuccess
    ? `a última sincronização com sucesso foi há ${hours} h`
    : `nenhuma sincronização com sucesso nas ${hours} h desde o agendamento`;
  return `Dados ERP: ${what} (limite: ${limit} h). Veja o log das execuções abaixo.`;
}

export function integrationOverview(core: Core): IntegrationOverview {
  const scheduler = core.scheduler;
  const configured = isErpConfigured(core);
  const nextRunAt = scheduler.nextRunAt(ERP_SYNC_JOB);
  const limit = maxHoursWithoutSuccess(core);
  const lastSuccess = lastSuccessAt(core.db, ERP_SYNC_JOB);
  return {
    integrationType: 'API',
    erp: configured ? cachedErpIdentity(core) : null,
    deployment: deployment(core, configured),
    active: configured,
    scheduled: nextRunAt !== null,
    nextRunAt: nextRunAt?.toISOString() ?? null,
    nextReceivablesRunAt: scheduler.nextRunAt(RECEIVABLES_JOB)?.toISOString() ?? null,
    database: databaseSize(core.databasePath),
    averageDurationMs: averageRunMs(core.db, ERP_SYNC_JOB, AVERAGE_OF_LAST_RUNS),
    syncTime: readErpConfig(core).syncTime,
    receivablesTime: RECEIVABLES_TIME,
    maxHoursWithoutSuccess: limit,
    lastSuccessAt: lastSuccess,
    alert: alertFor(core, configured, lastSuccess, limit),
    runningRunIds: [ERP_SYNC_JOB, RECEIVABLES_JOB]
      .map((job) => scheduler.runningRunId(job))
      .filter((id): id is number => id !== null),
  };
}
