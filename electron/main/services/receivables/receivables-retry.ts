import { AppFailure } from '../../../../shared/ipc/result';
import type { RetryPolicy } from '../../gateways/resilience';

export type { RetryPolicy };

/** The daily job: a bureau that is briefly overloaded gets about a minute before the run pauses. */
export const JOB_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 2_000, maxDelayMs: 30_000 };
/** Before a query the agent is waiting: one quick second try at most. */
export const QUERY_RETRY: RetryPolicy = { attempts: 2, baseDelayMs: 500, maxDelayMs: 1_000 };

export const cancelled = (): AppFailure => new AppFailure('receivables.sendInterrupted');
