import type { Core } from '../core-types';
import { getBureauConfig } from '../db/repos/bureau-settings.repo';
import { runReceivablesExport } from '../services/receivables/receivables-export.service';
import { describeExports } from '../services/receivables/receivables-outcome';
import { readSyncHost } from '../services/receivables/sync-host.service';
import type { JobDefinition } from './scheduler';

export const RECEIVABLES_JOB = 'receivables';
/** "Sincroniza contas a receber diariamente à 1:00h" (seed 002). */
export const RECEIVABLES_TIME = '01:00';

/**
 * Receivables to the bureau at 01:00 São Paulo while the toggle is on. Each missed business
 * date runs once, in order. Only the designated desktop sends; the others record a skipped run.
 */
export function receivablesJob(core: Core): JobDefinition {
  return {
    name: RECEIVABLES_JOB,
    catchUp: 'each',
    dailyAt: () => (getBureauConfig(core.db).receivablesDailySync ? RECEIVABLES_TIME : null),
    async run(ctx) {
      const host = await readSyncHost(core);
      if (!host.isHost) {
        const holder = host.designation
          ? `o envio é feito por "${host.designation.machineName}"`
          : 'nenhum computador foi designado em Configurações → Bureau de crédito';
        return {
          outcome: `Não enviado: este não é o computador designado (${holder}).`,
          details: { skipped: 'not_sync_host', holder: host.designation },
        };
      }
      const result = await runReceivablesExport(core, {
        runId: ctx.runId,
        businessDate: ctx.businessDate,
        signal: ctx.signal,
      });
      return { outcome: describeExports(result.exports), details: result };
    },
  };
}
