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
export function transportFailure(error: unknown, what: string): AppFailure {
  if (error instanceof AppFailure) return error;
  if (!isTransportError(error)) {
    return new AppFailure('BUREAU_UNREACHABLE', `Falha inesperada ao ${what} no bureau.`);
  }
  if (error.kind === 'tls' && error.presentedPin) {
    return new AppFailure(
      'BUREAU_TLS',
      `A chave do servidor do bureau não corresponde ao pin configurado (chave apresentada: ${error.presentedPin}). ` +
        'Nenhum dado foi enviado. Confirme o pin com o suporte do bureau; numa rede que inspeciona TLS, ' +
        'a chave apresentada é a do proxy da empresa.',
    );
  }
  if (error.kind === 'tls') {
    return new AppFailure(
      'BUREAU_TLS',
      `O certificado do servidor do bureau não foi aceito (${error.detail}). Nada foi enviado. ` +
        'Importe o certificado da autoridade (CA) ou configure o pin da chave em Configurações → Bureau de crédito.',
    );
  }
  if (error.sent !== false) {
    return new AppFailure(
      'BUREAU_AMBIGUOUS',
      `O pedido foi enviado ao bureau, mas a resposta não chegou (${error.detail}). ` +
        'Não sabemos se o bureau o processou.',
    );
  }
  if (error.kind === 'proxy') {
    return new AppFailure(
      'BUREAU_UNREACHABLE',
      `O proxy da rede não deixou falar com o bureau (${error.detail}). Nada foi enviado; avise a equipe de TI.`,
    );
  }
  if (error.detail === 'UND_ERR_CONNECT_TIMEOUT') {
    return new AppFailure(
      'BUREAU_UNREACHABLE',
      `O bureau não respondeu a tempo ao ${what}. Nada foi enviado.`,
    );
  }
  return new AppFailure(
    'BUREAU_UNREACHABLE',
    `Não foi possível conectar ao bureau (${error.detail}). Verifique a URL e a rede.`,
  );
}
