import type { Core } from '../core-types';
import { isErpConfigured, readErpConfig } from '../services/erp/erp-config';
import { announceClientChanges } from '../services/erp/erp-sync.service';
import { changedClientParts } from '../services/erp/sync-client-parts';
import { emitClientChanged } from '../services/clients/client-events';
import { announceOrderChanges } from '../services/credit-release/credit-release-events';
import { runErpSyncJob } from '../workers/erp-sync-worker';
import { recomputeAbcAfterSync } from '../services/abc/abc-after-sync';
import type { JobDefinition } from './scheduler';

export const ERP_SYNC_JOB = 'erp-sync';

const count = new Intl.NumberFormat('pt-BR');

/** Daily ERP sync at the time set in Configurações → Integração (default 00:00), once the ERP is configured. */
export function erpSyncJob(core: Core): JobDefinition {
  return {
    name: ERP_SYNC_JOB,
    dailyAt: () => (isErpConfigured(core) ? readErpConfig(core).syncTime : null),
    async run(ctx) {
      // Pull, parse, validate and write on a worker thread (electron/main/workers); open client
      // screens are told afterwards, from here, what the run changed.
      const summary = await runErpSyncJob(core, { runId: ctx.runId, signal: ctx.signal });
      announceClientChanges(core, summary.changedClientIds);
      const abc = await recomputeAbcAfterSync(core, ctx.runId, summary);
      // One announcement per run: a recomputed curve changes the headers' class ('register').
      const parts = changedClientParts(summary);
      if (abc && !parts.includes('register')) parts.push('register');
      if (parts.length > 0) emitClientChanged(core, null, parts);
      announceOrderChanges(core, summary);
      return {
        outcome: `${count.format(summary.rows)} registro(s) recebido(s) em ${summary.tables.length} tabela(s).`,
        details: summary,
      };
    },
  };
}
