import type { BureauAction } from '../../../../shared/ipc/messages/bureau.messages';
import { AppFailure } from '../../../../shared/ipc/result';
import { isTransportError } from '../http/http-port';

/** The bureau's error text, whichever field it used (deps-api.md §4.6). */
export function bureauMessage(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const b = body as { mensagem?: unknown; message?: unknown; messages?: unknown };
  const candidates = [b.mensagem, b.message, Array.isArray(b.messages) ? b.messages[0] : undefined];
  const text = candidates.find((c): c is string => typeof c === 'string' && c.trim() !== '');
  return text ? text.trim().slice(0, 500) : null;
}

export function bureauCode(body: unknown): string | null {
  const code = (body as { codigo?: unknown } | null)?.codigo;
  return typeof code === 'string' ? code : null;
}

/**
 * Turns a transport failure into an AppFailure without losing its kind and without copying
 * the request (its body carries the login password).
 * `BUREAU_AMBIGUOUS` means: sent, no answer — the bureau may have run (and billed) it.
 */
export function transportFailure(error: unknown, action: BureauAction): AppFailure {
  if (error instanceof AppFailure) return error;
  if (!isTransportError(error)) return new AppFailure('bureau.unexpected', { action });
  if (error.kind === 'tls' && error.presentedPin) {
    return new AppFailure('bureau.pinMismatch', { presentedPin: error.presentedPin });
  }
  if (error.kind === 'tls') return new AppFailure('bureau.certificateRejected', { detail: error.detail });
  if (error.sent !== false) return new AppFailure('bureau.noAnswer', { detail: error.detail });
  if (error.kind === 'proxy') return new AppFailure('bureau.proxyRefused', { detail: error.detail });
  if (error.detail === 'UND_ERR_CONNECT_TIMEOUT') return new AppFailure('bureau.connectTimeout', { action });
  return new AppFailure('bureau.unreachable', { detail: error.detail });
}
