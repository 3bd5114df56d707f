/**
 * Floor mode, Log das execuções: every seat's runs. Each seat writes its own runs to the central
 * floor_job_runs (at the start and at the end of each, from the scheduler; a run the central
 * database could not take then goes with the next write) with its request totals and, once it
 * ended, its log file; the log screen reads that table a page at a time.
 *
 * A central read, not the change feed: the run log is one admin screen read on demand, needs no
 * instant cache, and the scheduler's local job_runs rows (which the request logs, checkpoints
 * and "slot served" bookkeeping point to) keep their own ids on each seat.
 */
import { sql, type Selectable } from 'kysely';
import type {
  IntegrationRunPage,
  IntegrationRunView,
  RunLogFile,
} from '../../../../shared/ipc/dto/integration';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { getJobRun, type JobRunRecord } from '../../db/repos/job-runs.repo';
import { installIdentity } from '../../db/repos/sync-host.repo';
import { isCentralUnreachable } from '../../floor/accounts/central-call';
import { floorKysely } from '../../floor/floor-db';
import type { FloorJobRunsTable } from '../../floor/schema/job-runs.schema';
import type { SharedSchema } from '../../floor/shared-schema';
import { log } from '../../log';
import { INTEGRATION_SOURCES, sourceOfJob } from './integration-sources';
import { runLogFile, toView } from './run-log.service';
import { runDurationMs, runStatus } from './run-status';

type CentralRun = Omit<FloorJobRunsTable, 'id'>;
/** Runs written per statement: a seat back after a long outage catches up in a few. */
const PUSH_PAGE = 200;

/** The central copy of one of this seat's runs. */
export function centralRunOf(core: Pick<Core, 'db'>, r: JobRunRecord): CentralRun {
  const me = installIdentity(core.db);
  const source = sourceOfJob(r.job);
  const totals = source?.runTotals(core.db, r.id) ?? { requests: 0, failed: 0, rows: 0 };
  return {
    seat: me.installId,
    seat_name: me.machineName,
    local_id: r.id,
    job: r.job,
    business_date: r.business_date,
    trigger: r.trigger,
    status: r.status,
    started_at: r.started_at,
    finished_at: r.finished_at,
    outcome: r.outcome,
    details: r.details,
    requests: totals.requests,
    failed_requests: totals.failed,
    rows: totals.rows,
    log_text: source && r.status !== 'running' ? runLogFile(core, r.id).text : null,
  };
}

/**
 * Writes this seat's runs whose central copy is behind (job_runs.floor_synced). Never throws:
 * the central database unreachable means "next time". A finished run is never set back to
 * running by a slower write of its start.
 */
export async function pushJobRuns(core: Core): Promise<void> {
  const pool = core.floor.pool;
  if (!pool) return;
  for (;;) {
    const pending = core.db
      .prepare('SELECT * FROM job_runs WHERE floor_synced IS NOT status ORDER BY id LIMIT ?')
      .all(PUSH_PAGE) as JobRunRecord[];
    if (pending.length === 0) return;
    try {
      await floorKysely<SharedSchema>(pool)
        .insertInto('floor_job_runs')
        .values(pending.map((r) => centralRunOf(core, r)))
        .onConflict((oc) =>
          oc
            .columns(['seat', 'local_id'])
            .doUpdateSet((eb) => ({
              seat_name: eb.ref('excluded.seat_name'),
              status: eb.ref('excluded.status'),
              finished_at: eb.ref('excluded.finished_at'),
              outcome: eb.ref('excluded.outcome'),
              details: eb.ref('excluded.details'),
              requests: eb.ref('excluded.requests'),
              failed_requests: eb.ref('excluded.failed_requests'),
              rows: eb.ref('excluded.rows'),
              log_text: eb.ref('excluded.log_text'),
            }))
            .where('floor_job_runs.status', '=', 'running'),
        )
        .execute();
    } catch (e) {
      log.warn(`execuções não enviadas ao banco central (vão na próxima): ${(e as Error).message}`);
      return;
    }
    const mark = core.db.prepare('UPDATE job_runs SET floor_synced = ? WHERE id = ?');
    core.db.transaction(() => {
      for (const r of pending) mark.run(r.status, r.id);
    })();
    if (pending.length < PUSH_PAGE) return;
  }
}

type CentralRunRow = Selectable<FloorJobRunsTable>;

function viewOf(core: Core, me: string, r: CentralRunRow): IntegrationRunView {
  const source = sourceOfJob(r.job)!;
  const thisSeat = r.seat === me;
  const local = thisSeat ? getJobRun(core.db, r.local_id) : undefined;
  // This seat's own run: live from its file (a running one's counts grow); others': the copy.
  const view = local
    ? toView(core, source, local)
    : {
        id: r.id,
        job: source.key,
        businessDate: r.business_date,
        trigger: r.trigger,
        status: runStatus(r.status, { requests: r.requests, failed: r.failed_requests }),
        startedAt: r.started_at,
        finishedAt: r.finished_at,
        durationMs: runDurationMs(r.started_at, r.finished_at),
        outcome: r.outcome,
        requests: r.requests,
        failedRequests: r.failed_requests,
        rows: r.rows,
      };
  return { ...view, id: r.id, ranBy: { machineName: r.seat_name, thisSeat } };
}

const readFailure = (e: unknown): never => {
  if (isCentralUnreachable(e)) throw new AppFailure('floor.readUnreachable');
  throw e;
};

/** Every seat's runs of the integration jobs, newest first; ids are the central ones. */
export async function listFloorRuns(
  core: Core,
  beforeId: number | null,
  limit: number,
): Promise<IntegrationRunPage> {
  await pushJobRuns(core);
  const db = floorKysely<SharedSchema>(core.floor.pool!);
  let q = db
    .selectFrom('floor_job_runs')
    .selectAll()
    .where(
      'job',
      'in',
      INTEGRATION_SOURCES.map((s) => s.job),
    );
  if (beforeId !== null)
    q = q.where(
      sql<boolean>`(started_at, id) < (SELECT started_at, id FROM floor_job_runs WHERE id = ${beforeId})`,
    );
  const rows = await q
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute()
    .catch(readFailure);
  const me = installIdentity(core.db).installId;
  return { runs: rows.slice(0, limit).map((r) => viewOf(core, me, r)), hasMore: rows.length > limit };
}

/** "Baixar log" of any seat's run: this seat's from its file, another's from the copy it wrote. */
export async function floorRunLogFile(core: Core, id: number): Promise<RunLogFile> {
  const row = await floorKysely<SharedSchema>(core.floor.pool!)
    .selectFrom('floor_job_runs')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
    .catch(readFailure);
  const source = row ? sourceOfJob(row.job) : undefined;
  if (!row || !source) throw new AppFailure('runLog.notFound');
  const me = installIdentity(core.db).installId;
  if (row.seat === me && getJobRun(core.db, row.local_id)) return runLogFile(core, row.local_id);
  const text = row.log_text
    ? withRanBy(row.log_text, row.seat_name)
    : [
        `Central de Atendimento - log da execução ${row.local_id}`,
        `Integração: ${source.label}`,
        `Executado por: ${row.seat_name}`,
        `Situação: em andamento; o log completo fica disponível quando a execução terminar.`,
      ].join('\r\n') + '\r\n';
  return {
    fileName: `integracao-${source.key}-${row.seat_name.replace(/[^\w-]+/g, '-')}-execucao-${row.local_id}.txt`,
    text,
  };
}

/** The header names the seat that ran it, after the line of the integration. */
function withRanBy(text: string, seatName: string): string {
  const lines = text.split('\r\n');
  lines.splice(2, 0, `Executado por: ${seatName}`);
  return lines.join('\r\n');
}
