import type { Core } from '../../core-types';
import { ERP_OUTBOX_JOB } from '../../jobs/erp-outbox.job';
import { log } from '../../log';
import { hasErpOutbox } from './erp-sync';
import { settleOrphans } from './query-registry';

/**
 * At start, a query left `pending` by a crash becomes `unknown` (it may have been billed);
 * then, every few minutes, what the ERP has not received yet (query records, credit
 * write-backs) is sent again with the same idempotency keys, as a run of the persisted
 * scheduler (so it shows in the integration run log).
 */
export function startCreditBackground(core: Core): () => void {
  settleOrphans(core);
  // Without an ERP configured the rows just wait: no run, so the run log does not fill up.
  const tick = async () => {
    try {
      if (core.scheduler.runningRunId(ERP_OUTBOX_JOB) !== null || !hasErpOutbox(core)) return;
      if (await core.erpGateway(core)) core.scheduler.runNow(ERP_OUTBOX_JOB);
    } catch (e) {
      log.error('verificação do envio ao ERP falhou', e);
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), core.tuning.erpOutboxEveryMs);
  timer.unref();
  // Whatever is not sent when the app closes stays in the outbox for the next start.
  return () => clearInterval(timer);
}
