import { AppFailure } from '../../../shared/ipc/result';
import type { Core } from '../core-types';
import { flushToErp } from '../services/credit/erp-sync';
import type { JobDefinition } from './scheduler';

export const ERP_OUTBOX_JOB = 'erp-outbox';

/**
 * No daily slot: the credit background starts a run whenever the ERP outbox (query records,
 * credit write-backs) has rows, so each resend and its failure appear in the integration run log.
 */
export function erpOutboxJob(core: Core): JobDefinition {
  return {
    name: ERP_OUTBOX_JOB,
    dailyAt: () => null,
    async run() {
      const done = await flushToErp(core);
      if (done.problem) throw new AppFailure('erp.outboxPartial', { sent: done.sent, problem: done.problem });
      return { outcome: `${done.sent} registro(s) enviado(s) ao ERP.`, details: done };
    },
  };
}
