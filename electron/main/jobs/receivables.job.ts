import type { Core } from '../core-types';
import { getBureauConfig } from '../db/repos/bureau-settings.repo';
import { installIdentity } from '../db/repos/sync-host.repo';
import { runReceivablesExport } from '../services/receivables/receivables-export.service';
import { describeExports } from '../services/receivables/receivables-outcome';
import { otherPreferredSender } from '../services/receivables/sender-preference';
import type { JobDefinition } from './scheduler';

export const RECEIVABLES_JOB = 'receivables';
/** "Sincroniza contas a receber diariamente à 1:00h" (seed 002). */
export const RECEIVABLES_TIME = '01:00';

/**
 * Receivables to the bureau at 01:00 São Paulo while the toggle is on. Each missed business
 * date runs once, in order. One desktop sends: the only one (embedded), or the seat holding the
 * job's lease (floor; the others stand by and take over if it stops). A run that sends nothing
 * fails (and counts towards the "tempo máximo sem sucesso" alert) unless another desktop sent.
 */
export function receivablesJob(core: Core): JobDefinition {
  return {
    name: RECEIVABLES_JOB,
    catchUp: 'each',
    dailyAt: () => (getBureauConfig(core.db).receivablesDailySync ? RECEIVABLES_TIME : null),
    async run(ctx) {
      const preferred = await otherPreferredSender(core);
      if (preferred && core.floor.mode === 'embedded') {
        return {
          outcome: `Não enviado aqui: o envio é feito por "${preferred.machineName}", o computador preferido em Configurações → Bureau de crédito.`,
          details: { skipped: 'other_preferred', holder: preferred },
        };
      }
      const me = installIdentity(core.db);
      const r = await core.jobLeases.runOncePerFloor(
        RECEIVABLES_JOB,
        (lease) =>
          runReceivablesExport(
            core,
            { runId: ctx.runId, businessDate: ctx.businessDate, signal: lease.signal },
            lease,
          ),
        {
          slot: ctx.trigger === 'manual' ? null : ctx.businessDate,
          signal: ctx.signal,
          preferOther: preferred !== null,
        },
      );
      if (!r.ran) {
        return {
          outcome: `Enviado por "${r.doneBy.machineName}"; este computador aguardou como reserva.`,
          details: { ranBy: r.doneBy },
        };
      }
      const by = core.floor.mode === 'floor' ? ` Enviado por este computador ("${me.machineName}").` : '';
      return { outcome: `${describeExports(r.value.exports)}${by}`, details: { ...r.value, ranBy: me } };
    },
  };
}
