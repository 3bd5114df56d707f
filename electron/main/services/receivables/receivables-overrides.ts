import type { Core } from '../../core-types';
import type { BureauClient } from '../../gateways/bureau/bureau-client';
import { MAX_ROWS_PER_BATCH } from './receivables-payload';
import { JOB_RETRY, type RetryPolicy } from './receivables-retry';

export interface ReceivablesTuning {
  batchSize: number;
  retry: RetryPolicy;
  /** Tests wrap the client to inject crashes; null uses the saved bureau settings. */
  client: ((core: Core) => Promise<BureauClient>) | null;
}

const DEFAULTS: ReceivablesTuning = { batchSize: MAX_ROWS_PER_BATCH, retry: JOB_RETRY, client: null };
const overrides = new WeakMap<Core, Partial<ReceivablesTuning>>();

/** Tests shorten retry delays, shrink batches or wrap the bureau client for one core. */
export function setReceivablesTuning(core: Core, tuning: Partial<ReceivablesTuning>): void {
  overrides.set(core, tuning);
}

export const receivablesTuning = (core: Core): ReceivablesTuning => ({ ...DEFAULTS, ...overrides.get(core) });
