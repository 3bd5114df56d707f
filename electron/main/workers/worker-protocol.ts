/** Messages between the main thread and a job worker (structured-clone values only). */

/** An error as it crosses the thread boundary; the host rebuilds AppFailure / ErpFailure from it. */
export interface WireError {
  message: string;
  code?: string;
  retryable?: boolean;
  httpStatus?: number | null;
  /**
   * Set when the error is one the main thread raised answering a call of this worker: the host
   * rejects with that very error (its class and fields), not a copy rebuilt from the wire.
   */
  ref?: number;
}

export interface WorkerStart {
  task: string;
  input: unknown;
}

export type FromWorker =
  | { type: 'progress'; payload: unknown }
  | { type: 'call'; id: number; payload: unknown }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; error: WireError };

export type ToWorker =
  | { type: 'cancel' }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; error: WireError };

/** A main-thread answer whose ArrayBuffers move to the worker instead of being copied (detached here). */
export class Transferred {
  constructor(
    readonly value: unknown,
    readonly transfer: ArrayBuffer[],
  ) {}
}

export const withTransfer = (value: unknown, transfer: ArrayBuffer[]): Transferred =>
  new Transferred(value, transfer);
