import type { Core } from '../../core-types';
import { flushToErp } from './erp-sync';
import { settleOrphans } from './query-registry';

const RETRY_EVERY_MS = 5 * 60_000;

/**
 * At start, a query left `pending` by a crash becomes `unknown` (it may have been billed);
 * then, every few minutes, what the ERP has not received yet (query records, credit
 * write-backs) is sent again with the same idempotency keys.
 */
export function startCreditBackground(core: Core): () => void {
  settleOrphans(core);
  void flushToErp(core);
  const timer = setInterval(() => void flushToErp(core), RETRY_EVERY_MS);
  timer.unref();
  // Whatever is not sent when the app closes stays in the outbox for the next start.
  return () => clearInterval(timer);
}
