/** Errors to and from the wire: a failure keeps its code, pt-BR message and ERP details. */
import { AppFailure, type ErrorCode } from '../../../shared/ipc/result';
import { ErpFailure } from '../gateways/erp/erp-errors';
import type { WireError } from './worker-protocol';

/** On an error rebuilt from a main-thread answer: the main thread's reference to the original. */
const MAIN_REF = Symbol('main-thread error');

const refOf = (e: unknown): number | undefined =>
  typeof e === 'object' && e !== null
    ? ((e as Record<symbol, number | undefined>)[MAIN_REF] ?? undefined)
    : undefined;

function plain(e: unknown): WireError {
  if (e instanceof ErpFailure)
    return { message: e.message, code: e.code, retryable: e.retryable, httpStatus: e.httpStatus };
  if (e instanceof AppFailure) return { message: e.message, code: e.code };
  return { message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}

export function toWire(e: unknown): WireError {
  const ref = refOf(e);
  return ref === undefined ? plain(e) : { ...plain(e), ref };
}

function rebuilt(w: WireError): Error {
  if (w.code && w.retryable !== undefined)
    return new ErpFailure({
      retryable: w.retryable,
      httpStatus: w.httpStatus ?? null,
      told: { code: w.code as ErrorCode, message: w.message },
    });
  if (w.code) return AppFailure.fromWire({ code: w.code as ErrorCode, message: w.message });
  return new Error(w.message);
}

/** The error as the receiving side sees it; a main-thread reference travels on with it. */
export function fromWire(w: WireError): Error {
  const e = rebuilt(w);
  if (w.ref !== undefined) Object.defineProperty(e, MAIN_REF, { value: w.ref });
  return e;
}
