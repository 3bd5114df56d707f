import type { Core } from '../core-types';
import { isErpConfigured, readErpConfig } from '../services/erp/erp-config';
import { announceClientChanges } from '../services/erp/erp-sync.service';
import { changedClientParts } from '../services/erp/sync-client-parts';
import { emitClientChanged } from '../services/clients/client-events';
import { announceOrderChanges } from '../services/credit-release/credit-release-events';
import { runErpSyncJob } from '../workers/erp-sync-worker';
import { recomputeAbcAfterSync } from '../services/abc/abc-after-sync';
import { log } from '../log';
import { installIdentity } from '../db/repos/sync-host.repo';
import type { JobDefinition, JobResult } from './scheduler';
import type { JobLease } from '../floor/jobs/job-leases';
import { createCentralErpSink } from '../floor/erp/central-erp';
import type { SyncSummary } from '../services/erp/erp-sync.service';

export const ERP_SYNC_JOB = 'erp-sync';

const count = new Intl.NumberFormat('pt-BR');

/**
 * Daily ERP sync at the time set in Configurações → Integração (default 00:00), once the ERP is
 * configured. In floor mode it runs on one seat at a time (the job's lease); a seat standing by
 * records who synced, and takes over, resuming from the sync's checkpoints, if that one stops.
 */
export function erpSyncJob(core: Core): JobDefinition {
  return {
    name: ERP_SYNC_JOB,
    dailyAt: () => (isErpConfigured(core) ? readErpConfig(core).syncTime : null),
    async run(ctx) {
      const r = await core.jobLeases.runOncePerFloor(
        ERP_SYNC_JOB,
        (lease) => syncOnce(core, ctx.runId, lease),
        {
          slot: ctx.trigger === 'manual' ? null : ctx.businessDate,
          signal: ctx.signal,
        },
      );
      if (!r.ran)
        return {
          outcome: `Sincronizado por "${r.doneBy.machineName}"; este computador aguardou como reserva.`,
          details: { ranBy: r.doneBy },
        };
      if (core.floor.mode === 'embedded') return r.value;
      const me = installIdentity(core.db);
      return {
        outcome: `${r.value.outcome} Executado por este computador ("${me.machineName}").`,
        details: { ...r.value.details, ranBy: me },
      };
    },
  };
}

/** One sync on this seat: the worker run, then what open screens must hear about. */
async function syncOnce(core: Core, runId: number, lease: JobLease): Promise<JobResult> {
  // Pull, parse, validate and write on a worker thread (electron/main/workers); open client
  // screens are told afterwards, from here, what the run changed. In floor mode every page goes
  // to the central database once (fenced by the lease), and every seat, this one too, follows it
  // there: the run ends when this seat's own cache has caught up (its follower announces).
  const central = lease.mode === 'floor' && core.floor.pool ? createCentralErpSink(core, lease) : undefined;
  const summary = await runErpSyncJob(core, { runId, signal: lease.signal, central });
  if (central) {
    // The ERP was read and the floor has it: a catch-up that fails here is the follower's to retry.
    await core.erpFollower
      .pullNow()
      .catch((e: unknown) =>
        log.warn(`banco central: cache deste computador atualiza depois: ${(e as Error).message}`),
      );
  } else await announceSyncSummary(core, summary, runId);
  return {
    outcome: `${count.format(summary.rows)} registro(s) recebido(s) em ${summary.tables.length} tabela(s).`,
    details: summary,
  };
}

/**
 * What open screens hear after ERP rows reached this seat's cache: by the sync itself, or by
 * the floor's ERP follower (floor/erp/erp-follower.ts) applying rows another seat synced.
 */
export async function announceSyncSummary(
  core: Core,
  summary: SyncSummary,
  runId: number | null,
): Promise<void> {
  announceClientChanges(core, summary.changedClientIds);
  const abc = await recomputeAbcAfterSync(core, runId, summary);
  // One announcement per run: a recomputed curve changes the headers' class ('register').
  const parts = changedClientParts(summary);
  if (abc && !parts.includes('register')) parts.push('register');
  if (parts.length > 0) emitClientChanged(core, null, parts);
  announceOrderChanges(core, summary);
}
