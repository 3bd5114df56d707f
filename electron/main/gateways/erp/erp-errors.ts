/**
 * One pt-BR message per failure kind, so the agent knows whether to wait, call IT or fix the
 * settings. `retryable` tells the client which failures a repeated read may cure.
 */
import { AppFailure, type ErrorCode } from '../../../../shared/ipc/result';
import { isTransportError } from '../http/http-port';

export class ErpFailure extends AppFailure {
  constructor(
    code: ErrorCode,
    message: string,
    readonly retryable: boolean,
    readonly httpStatus: number | null = null,
  ) {
    super(code, message);
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

export const badResponse = (what: string, status: number | null = null): ErpFailure =>
  new ErpFailure(
    'ERP_BAD_RESPONSE',
    `O ERP enviou uma resposta fora do formato esperado (${what}). Nada foi alterado; avise o suporte do ERP.`,
    false,
    status,
  );

/** An HTTP status outside 2xx → an ErpFailure with its kind. */
export function classifyHttpStatus(status: number, body: string): ErpFailure {
  const detail = serverMessage(body);
  // 407 comes from the network's proxy, never from the ERP: the request did not get there.
  if (status === 407)
    return new ErpFailure(
      'ERP_UNREACHABLE',
      'O proxy da rede pediu autenticação e não deixou falar com o ERP (HTTP 407). Avise a equipe de TI.',
      true,
      status,
    );
  if (status === 401 || status === 403)
    return new ErpFailure(
      'ERP_AUTH_FAILED',
      'O ERP recusou o token de acesso. Confira o token em Configurações → Integração.',
      false,
      status,
    );
  if (status >= 500)
    return new ErpFailure(
      'ERP_SERVER_ERROR',
      `O ERP está com problemas (erro ${status}). Tente novamente em instantes.`,
      true,
      status,
    );
  if (status === 404)
    return new ErpFailure('NOT_FOUND', detail ?? 'O ERP não encontrou o registro pedido.', false, status);
  if (status === 409)
    return new ErpFailure('CONFLICT', detail ?? 'Outra estação alterou este registro no ERP.', false, status);
  if (status === 400 || status === 422)
    return new ErpFailure(
      'VALIDATION',
      `O ERP recusou os dados: ${detail ?? `erro ${status}`}.`,
      false,
      status,
    );
  return badResponse(`HTTP ${status}`, status);
}

/** Any error from one HTTP exchange → an ErpFailure with its kind. */
export function classifyHttpError(e: unknown, ctx: { baseUrl: string; timeoutMs: number }): ErpFailure {
  if (e instanceof ErpFailure) return e;
  if (!isTransportError(e)) return badResponse((e as Error)?.message ?? String(e));
  if (e.kind === 'timeout')
    return new ErpFailure(
      'ERP_TIMEOUT',
      `O ERP não respondeu em ${Math.round(ctx.timeoutMs / 1000)} segundos. Tente novamente em instantes.`,
      true,
    );
  if (e.kind === 'connect' || e.kind === 'network')
    return new ErpFailure(
      'ERP_UNREACHABLE',
      `Não foi possível conectar ao ERP em ${ctx.baseUrl} (${e.detail}). Verifique a rede ou o endereço em Configurações → Integração.`,
      true,
    );
  if (e.kind === 'proxy')
    return new ErpFailure(
      'ERP_UNREACHABLE',
      `O proxy da rede não deixou falar com o ERP em ${ctx.baseUrl} (${e.detail}). Avise a equipe de TI.`,
      true,
    );
  return new ErpFailure(
    'ERP_UNREACHABLE',
    `O certificado do ERP em ${ctx.baseUrl} não foi aceito (${e.detail}). Avise a equipe de TI.`,
    false,
  );
}
