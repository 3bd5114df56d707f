import type {
  ReceivablesAlertView,
  ReceivablesRunView,
  ReceivablesStatusView,
} from '../../../../shared/ipc/dto/receivables';
import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type { Core } from '../../core-types';
import { getBureauConfig } from '../../db/repos/bureau-settings.repo';
import { recordSeatAction } from '../../floor/audit/seat-action-audit';
import { listJobRuns, type JobRunRecord } from '../../db/repos/job-runs.repo';
import { runProgress } from '../../db/repos/receivables-outbox.repo';
import {
  lastSuccessfulSend,
  requestErrorsOfRun,
  sendingProgress,
} from '../../db/repos/receivables-outbox-runs.repo';
import { getSetting } from '../../db/repos/settings.repo';
import { cachedSyncHost, installIdentity } from '../../db/repos/sync-host.repo';
import { RECEIVABLES_JOB } from '../../jobs/receivables.job';
import { receivablesUploadState } from './receivables-flag';
import { maxHoursWithoutSuccess } from './receivables-settings';
import { readSyncHost, type SyncHostState } from './sync-host.service';
import { requireFirstSync } from '../erp/first-sync';
import { answersForSend } from './sender-preference';
import type { ExportSummary } from './receivables-summary';

const HOUR_MS = 3_600_000;

/**
 * What one run got acknowledged. In floor mode the batches are central (the run's summary in its
 * details holds the totals); alone, this desktop's own batch records.
 */
function progressOf(db: Core['db'], r: JobRunRecord, details: { exports?: ExportSummary[] }) {
  const p = runProgress(db, r.id);
  if (p.batches > 0 || !details.exports?.length) return p;
  const sum = (f: (e: ExportSummary) => number) => details.exports!.reduce((s, e) => s + f(e), 0);
  return {
    batches: 0,
    sentRows: sum((e) => e.sentRows),
    sentCents: sum((e) => e.confirmedCents),
    confirmedRows: sum((e) => e.confirmedRows),
    confirmedCents: sum((e) => e.confirmedCents),
    rejectedRows: sum((e) => e.rejectedRows),
  };
}

function toRunView(db: Core['db'], r: JobRunRecord): ReceivablesRunView {
  const details = JSON.parse(r.details || '{}') as { skipped?: string; exports?: ExportSummary[] };
  const p = progressOf(db, r, details);
  return {
    id: r.id,
    businessDate: r.business_date,
    trigger: r.trigger,
    status: r.status,
    skipped: !!details.skipped,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    outcome: r.outcome,
    sentRows: p.sentRows,
    sentCents: p.sentCents,
    confirmedRows: p.confirmedRows,
    confirmedCents: p.confirmedCents,
    rejectedRows: p.rejectedRows,
    batches: p.batches,
    errors: requestErrorsOfRun(db, r.id),
  };
}

/**
 * "Tempo máximo sem sucesso": every desktop that answers for the send alerts (see
 * answersForSend; a lone desktop with nobody designated does). Before the first success the
 * clock starts when the daily job was first scheduled.
 */
function alertFor(core: Core, isHost: boolean): { alert: string | null; lastSuccessAt: string | null } {
  const lastSuccessAt = lastSuccessfulSend(core.db, RECEIVABLES_JOB);
  if (!getBureauConfig(core.db).receivablesDailySync || !isHost) return { alert: null, lastSuccessAt };
  const since = lastSuccessAt ?? getSetting(core.db, `jobs.${RECEIVABLES_JOB}.scheduledSince`) ?? null;
  if (!since) return { alert: null, lastSuccessAt };
  const limit = maxHoursWithoutSuccess(core);
  const hours = Math.floor((core.now().getTime() - new Date(since).getTime()) / HOUR_MS);
  if (hours < limit) return { alert: null, lastSuccessAt };
  const what = lastSuccessAt
    ? `nenhum envio com sucesso há ${hours} h`
    : `nenhum envio com sucesso em ${hours} h`;
  return {
    alert: `Contas a receber → bureau: ${what} (limite: ${limit} h). Veja Configurações → Bureau de crédito.`,
    lastSuccessAt,
  };
}

/** The status bar: cheap (no ERP call), from the last known designation. */
export function receivablesAlert(core: Core): ReceivablesAlertView {
  const me = installIdentity(core.db);
  const designation = cachedSyncHost(core.db);
  const isHost = designation?.installId === me.installId;
  return { alert: alertFor(core, answersForSend(core, designation, isHost)).alert };
}

export function statusView(core: Core, host: SyncHostState): ReceivablesStatusView {
  const config = getBureauConfig(core.db);
  const upload = receivablesUploadState(config);
  const scheduler = core.scheduler;
  const runningRunId = scheduler.runningRunId(RECEIVABLES_JOB);
  const progress = sendingProgress(core.db);
  const { alert, lastSuccessAt } = alertFor(core, answersForSend(core, host.designation, host.isHost));
  return {
    dailySync: config.receivablesDailySync,
    uploadAllowed: upload.allowed,
    uploadBlockedReason: upload.reason,
    thisMachine: host.me,
    syncHost: host.designation,
    isSyncHost: host.isHost,
    sendsHere: answersForSend(core, host.designation, host.isHost),
    floorMode: core.floor.mode === 'floor',
    syncHostSource: host.source,
    syncHostProblem: host.problem,
    runningRunId,
    progress: progress.totalRows > 0 ? progress : null,
    nextRunAt: scheduler.nextRunAt(RECEIVABLES_JOB)?.toISOString() ?? null,
    maxHoursWithoutSuccess: maxHoursWithoutSuccess(core),
    lastSuccessAt,
    alert,
    runs: listJobRuns(core.db, RECEIVABLES_JOB, 10).map((r) => toRunView(core.db, r)),
  };
}

// The settings screen polls every second during a send; the ERP is asked at most this often.
const HOST_ANSWER_MAX_AGE_MS = 10_000;

export async function receivablesStatus(core: Core): Promise<ReceivablesStatusView> {
  return statusView(core, await readSyncHost(core, HOST_ANSWER_MAX_AGE_MS));
}

/** "Enviar agora": starts a run in the background and returns its id at once. */
export async function startReceivablesNow(core: Core, user: SessionUser): Promise<{ runId: number }> {
  requireFirstSync(core);
  const { runId } = core.scheduler.runNow(RECEIVABLES_JOB);
  await recordSeatAction(
    core,
    user,
    { entity: 'receivables_export', entityId: runId },
    'Envio de contas a receber ao bureau iniciado manualmente (Enviar agora)',
  );
  return { runId };
}
