import type { ClientRequest } from 'node:http';
import { AxiosError } from 'axios';
import { AppFailure } from '../../../../shared/ipc/result';
import { PIN_MISMATCH } from './tls-agent';

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  PIN_MISMATCH,
]);

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

/** True once the whole request reached the socket: from then on the bureau may have processed it. */
function requestWasSent(error: AxiosError): boolean {
  const request = error.request as ClientRequest | undefined;
  return request?.writableFinished === true;
}

/**
 * Turns a transport failure into an AppFailure without losing its kind and without copying
 * the axios error (its config carries the request body, i.e. the login password).
 * `BUREAU_AMBIGUOUS` means: sent, no answer — the bureau may have run (and billed) it.
 */
export function transportFailure(error: unknown, what: string): AppFailure {
  if (error instanceof AppFailure) return error;
  if (!(error instanceof AxiosError)) {
    return new AppFailure('BUREAU_UNREACHABLE', `Falha inesperada ao ${what} no bureau.`);
  }
  const code = error.code ?? '';
  if (TLS_CODES.has(code) || /certificate|CERT_|self[- ]signed/i.test(error.message)) {
    return new AppFailure(
      'BUREAU_TLS',
      `O certificado do servidor do bureau não foi aceito (${code || error.message}). Nada foi enviado. ` +
        'Importe o certificado da autoridade (CA) ou configure o pin da chave em Configurações → Bureau de crédito.',
    );
  }
  if (requestWasSent(error)) {
    return new AppFailure(
      'BUREAU_AMBIGUOUS',
      `O pedido foi enviado ao bureau, mas a resposta não chegou (${code || 'sem resposta'}). ` +
        'Não sabemos se o bureau o processou.',
    );
  }
  if (code === 'ECONNABORTED' || code === 'ETIMEDOUT') {
    return new AppFailure(
      'BUREAU_UNREACHABLE',
      `O bureau não respondeu a tempo ao ${what}. Nada foi enviado.`,
    );
  }
  return new AppFailure(
    'BUREAU_UNREACHABLE',
    `Não foi possível conectar ao bureau (${code || error.message}). Verifique a URL e a rede.`,
  );
}
