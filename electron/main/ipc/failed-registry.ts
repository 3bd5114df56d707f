import type { AppFailure } from '../../../shared/ipc/result';
import type { Registry } from './registry';

/**
 * Served when the core could not start (corrupt or newer database): every call answers
 * the same clear error, so the window can show it instead of a blank screen.
 */
export const failedRegistry = (failure: AppFailure): Registry => ({
  invoke: async () => ({ ok: false, error: failure.toError() }),
});
