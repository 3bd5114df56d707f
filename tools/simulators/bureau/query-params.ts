import { errorReply, type IncomingCall, type Reply } from './http-io';

export interface MixQueryParams {
  documento: string;
  identificadorProduto: string;
  reutilizarDadosExistentes: boolean;
  limiteRequisitado: number | null;
  version: string | null;
  autorizacaoScr: boolean | null;
}

export type ParamsResult = { ok: true; params: MixQueryParams } | { ok: false; reply: Reply };

class InvalidParameter extends Error {}

/**
 * Real traffic used both a JSON body and a query string (with `limiterequisitado` lower-cased),
 * so names are matched case-insensitively and the body wins when both carry the same name.
 */
function collectRawParams(call: IncomingCall): Map<string, unknown> | null {
  const raw = new Map<string, unknown>();
  for (const [name, value] of call.query) raw.set(name.toLowerCase(), value);
  if (call.body.kind === 'invalid') return null;
  if (call.body.kind === 'json') {
    const body = call.body.value;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
    for (const [name, value] of Object.entries(body)) raw.set(name.toLowerCase(), value);
  }
  return raw;
}

function optionalBoolean(value: unknown, name: string): boolean | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  throw new InvalidParameter(`O parâmetro ${name} deve ser true ou false.`);
}

function optionalAmount(value: unknown): number | null {
  if (value === undefined || value === null || value === '') return null;
  const amount = typeof value === 'string' ? Number(value) : value;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
    throw new InvalidParameter('O parâmetro limiteRequisitado deve ser um valor numérico não negativo.');
  }
  return amount;
}

function requiredString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function readMixQueryParams(call: IncomingCall): ParamsResult {
  const raw = collectRawParams(call);
  if (!raw)
    return { ok: false, reply: errorReply(400, 'REQUISICAO_INVALIDA', 'Corpo da requisição inválido.') };
  const documento = requiredString(raw.get('documento'));
  const identificadorProduto = requiredString(raw.get('identificadorproduto'));
  if (!documento || !identificadorProduto) {
    return {
      ok: false,
      reply: errorReply(400, 'PARAMETROS_OBRIGATORIOS', 'Informe o documento e o identificador do produto.'),
    };
  }
  try {
    const version = raw.get('version');
    return {
      ok: true,
      params: {
        documento,
        identificadorProduto,
        reutilizarDadosExistentes:
          optionalBoolean(raw.get('reutilizardadosexistentes'), 'reutilizarDadosExistentes') ?? false,
        limiteRequisitado: optionalAmount(raw.get('limiterequisitado')),
        version: typeof version === 'string' || typeof version === 'number' ? String(version) : null,
        autorizacaoScr: optionalBoolean(raw.get('autorizacaoscr'), 'autorizacaoScr'),
      },
    };
  } catch (error) {
    if (!(error instanceof InvalidParameter)) throw error;
    return { ok: false, reply: errorReply(400, 'PARAMETRO_INVALIDO', error.message) };
  }
}
