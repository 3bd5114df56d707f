import type { ErpSyncStatus, JobRunView } from '../../../../shared/ipc/dto/erp';
import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type { Core } from '../../core-types';
import { listSyncCursors, listSyncRequests } from '../../db/repos/erp-sync.repo';
import { averageRunMs, listJobRuns, type JobRunRecord } from '../../db/repos/job-runs.repo';
import { recordSeatAction } from '../../floor/audit/seat-action-audit';
import { ERP_SYNC_JOB } from '../../jobs/erp-sync.job';
import { isErpConfigured, requireErpGateway } from './erp-config';
import { SYNC_ORDER } from './erp-sync.service';

export const TABLE_LABELS: Record<string, string> = {
  contato: 'Contato',
  cotacao: 'Cotação',
  empresa: 'Empresa',
  'empresa-marca': 'Empresa marca',
  fatura: 'Fatura',
  fornecedor: 'Fornecedor',
  'itens-cotacao': 'Itens cotação',
  'itens-nota': 'Itens nota',
  'itens-pedido': 'Itens pedido',
  nota: 'Nota',
  pedido: 'Pedido',
  vendedor: 'Vendedor',
};

const toRunView = (r: JobRunRecord): JobRunView => ({
  id: r.id,
  businessDate: r.business_date,
  trigger: r.trigger,
  status: r.status,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  outcome: r.outcome,
});

export function getErpSyncStatus(core: Core): ErpSyncStatus {
  const scheduler = core.scheduler;
  const runs = listJobRuns(core.db, ERP_SYNC_JOB, 10);
  const cursors = new Map(listSyncCursors(core.db).map((c) => [c.table_name, c]));
  const latest = runs[0];
  return {
    configured: isErpConfigured(core),
    runningRunId: scheduler.runningRunId(ERP_SYNC_JOB),
    nextRunAt: scheduler.nextRunAt(ERP_SYNC_JOB)?.toISOString() ?? null,
    averageDurationMs: averageRunMs(core.db, ERP_SYNC_JOB, 10),
    runs: runs.map(toRunView),
    tables: SYNC_ORDER.map((table) => {
      const c = cursors.get(table);
      return {
        table,
        label: TABLE_LABELS[table] ?? table,
        rowsTotal: c?.rows_total ?? 0,
        lastCompletedAt: c?.last_completed_at ?? null,
        inProgress: !!c?.page_token,
      };
    }),
    lastRunRequests: latest
      ? listSyncRequests(core.db, latest.id, 50).map((r) => ({
          id: r.id,
          table: r.table_name,
          at: r.at,
          rows: r.rows,
          status: r.status,
          httpStatus: r.http_status,
          durationMs: r.duration_ms,
          errorCode: r.error_code,
          error: r.error,
        }))
      : [],
  };
}

/** "Sincronizar agora": starts a run in the background and returns its id at once. */
export async function startErpSyncNow(core: Core, user: SessionUser): Promise<{ runId: number }> {
  await requireErpGateway(core);
  const { runId } = core.scheduler.runNow(ERP_SYNC_JOB);
  await recordSeatAction(
    core,
    user,
    { entity: 'erp_sync', entityId: runId },
    'Sincronização com o ERP iniciada manualmente (Sincronizar agora)',
  );
  return { runId };
}

/** "Cancelar" on a running sync: stops after the page being written; the next run resumes there. */
export async function cancelErpSync(core: Core, user: SessionUser): Promise<{ cancelled: boolean }> {
  const runId = core.scheduler.runningRunId(ERP_SYNC_JOB);
  const cancelled = await core.scheduler.cancel(ERP_SYNC_JOB);
  if (cancelled && runId !== null) {
    await recordSeatAction(
      core,
      user,
      { entity: 'erp_sync', entityId: runId },
      'Sincronização com o ERP cancelada',
    );
  }
  return { cancelled };
}
