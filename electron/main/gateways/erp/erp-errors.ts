/**
 * One catalog key per failure kind (shared/ipc/messages/erp.messages.ts), so the agent knows
 * whether to wait, call IT or fix the settings. `retryable` tells the client which failures a
 * repeated read may cure.
 */
import type { MessageArgs } from '../../../../shared/ipc/messages';
import { AppFailure, type AppError, type ErrorCode } from '../../../../shared/ipc/result';
import { isTransportError } from '../http/http-port';

type How = { retryable: boolean; httpStatus?: number | null };

export class ErpFailure extends AppFailure {
  readonly retryable: boolean;
  readonly httpStatus: number | null;
  constructor(how: How, ...args: MessageArgs);
  /** A failure already told once, rebuilt where it arrives (a job worker relays it to main). */
  constructor(how: How & { told: AppError });
  /**
   * @deprecated Transitional only (the old `(code, message, retryable, status)` form): put the
   * sentence in shared/ipc/messages/erp.messages.ts and pass its key after `{ retryable }`.
   * tests/unit/architecture/error-sentences.test.ts names every site still using it.
   */
  constructor(code: ErrorCode, message: string, retryable: boolean, httpStatus?: number | null);
  constructor(...args: unknown[]) {
    if (typeof args[0] === 'string') {
      const [code, message, retryable, httpStatus] = args as [ErrorCode, string, boolean, number | null];
      super(code, message);
      this.retryable = retryable;
      this.httpStatus = httpStatus ?? null;
      return;
    }
    const [how, ...rest] = args as [How & { told?: AppError }, ...MessageArgs];
    if (how.told) super(how.told.code, how.told.message);
    else super(...rest);
    this.retryable = how.retryable;
    this.httpStatus = how.httpStatus ?? null;
  }
}

function serverMessage(data: unknown): string | null {
  if (typeof data !== 'string') return null;
  try {
    const body = JSON.parse(data) as { mensagem?: unknown };
    return typeof body.mensagem === 'string' ? body.mensagem : null;
  } catch {
    return null;
  }
}

/** `detail` is technical (a schema issue, an HTTP status), shown inside the catalog's sentence. */
export const badResponse = (detail: string, status: number | null = null): ErpFailure =>
  new ErpFailure({ retryable: false, httpStatus: status }, 'erp.badResponse', { detail });

/** An HTTP status outside 2xx → an ErpFailure with its kind. */
export function classifyHttpStatus(status: number, body: string): ErpFailure {
  const detail = serverMessage(body);
  // 407 comes from the network's proxy, never from the ERP: the request did not get there.
  if (status === 407) return new ErpFailure({ retryable: true, httpStatus: status }, 'erp.proxyAuth');
  if (status === 401 || status === 403)
    return new ErpFailure({ retryable: false, httpStatus: status }, 'erp.tokenRefused');
  if (status >= 500)
    return new ErpFailure({ retryable: true, httpStatus: status }, 'erp.serverError', { status });
  if (status === 404)
    return new ErpFailure({ retryable: false, httpStatus: status }, 'erp.notFound', {
      serverMessage: detail,
    });
  if (status === 409)
    return new ErpFailure({ retryable: false, httpStatus: status }, 'erp.conflict', {
      serverMessage: detail,
    });
  if (status === 400 || status === 422)
    return new ErpFailure({ retryable: false, httpStatus: status }, 'erp.rejected', {
      serverMessage: detail,
      status,
    });
  return badResponse(`HTTP ${status}`, status);
}

/** Any error from one HTTP exchange → an ErpFailure with its kind. */
export function classifyHttpError(e: unknown, ctx: { baseUrl: string; timeoutMs: number }): ErpFailure {
  if (e instanceof ErpFailure) return e;
  if (!isTransportError(e)) return badResponse((e as Error)?.message ?? String(e));
  const where = { baseUrl: ctx.baseUrl, detail: e.detail };
  if (e.kind === 'timeout')
    return new ErpFailure({ retryable: true }, 'erp.timeout', { timeoutMs: ctx.timeoutMs });
  if (e.kind === 'connect' || e.kind === 'network')
    return new ErpFailure({ retryable: true }, 'erp.unreachable', where);
  if (e.kind === 'proxy') return new ErpFailure({ retryable: true }, 'erp.proxyRefused', where);
  return new ErpFailure({ retryable: false }, 'erp.certificateRejected', where);
}
