/** Errors to and from the wire: a failure keeps its code, pt-BR message and ERP details. */
import { AppFailure, type ErrorCode } from '../../../shared/ipc/result';
import { ErpFailure } from '../gateways/erp/erp-errors';
import type { WireError } from './worker-protocol';

export function toWire(e: unknown): WireError {
  if (e instanceof ErpFailure)
    return { message: e.message, code: e.code, retryable: e.retryable, httpStatus: e.httpStatus };
  if (e instanceof AppFailure) return { message: e.message, code: e.code };
  return { message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}

export function fromWire(w: WireError): Error {
  if (w.code && w.retryable !== undefined)
    return new ErpFailure({
      retryable: w.retryable,
      httpStatus: w.httpStatus ?? null,
      told: { code: w.code as ErrorCode, message: w.message },
    });
  if (w.code) return AppFailure.fromWire({ code: w.code as ErrorCode, message: w.message });
  return new Error(w.message);
}
