import { randomUUID } from 'node:crypto';
import type { SimulatorContext } from './context';
import { classifyDocument, stripDocumentMask } from './documents';
import { CANNED_PROFILES, DEMO_USER, findProduct } from './fixtures';
import { errorReply, jsonReply, unauthorizedReply, type IncomingCall, type Reply } from './http-io';
import { buildMixResult } from './mix-builder';
import { readMixQueryParams } from './query-params';
import { deriveProfile, type SubjectProfile } from './subject-profile';
import type { PersonType } from './types';

const REUSE_WINDOW_MS = 90 * 24 * 3600 * 1000;

/** Valid documents of nobody in particular, answered by the `wrongSubject` fault. */
const STRANGERS: Record<PersonType, string[]> = {
  F: ['11144477735', '52998224725'],
  J: ['11444777000161', '11222333000181'],
};

function profileOf(context: SimulatorContext, documento: string, type: PersonType): SubjectProfile {
  const profile = CANNED_PROFILES.get(documento) ?? deriveProfile(documento, type);
  const known = context.subjects(documento);
  return known ? { ...profile, nome: known.nome, nomeFantasia: known.nomeFantasia } : profile;
}

/** The subject asked about, under the name the directory knows, unless a fault says otherwise. */
function answeredProfile(context: SimulatorContext, documento: string, type: PersonType): SubjectProfile {
  const wrong = context.faults.wrongSubject();
  if (wrong === 'document') {
    const other = STRANGERS[type].find((d) => d !== documento) as string;
    return profileOf(context, other, type);
  }
  const profile = profileOf(context, documento, type);
  if (wrong === 'name') {
    const stranger = profileOf(context, STRANGERS[type].find((d) => d !== documento) as string, type);
    return { ...profile, nome: stranger.nome, nomeFantasia: stranger.nomeFantasia };
  }
  return profile;
}

/** `POST /api/v3/consultas/depsmix` (deps-api.md §4, cases 3–10 of §7). */
export function handleMixQuery(context: SimulatorContext, call: IncomingCall): Reply {
  if (!context.tokens.accepts(call.authorization)) return unauthorizedReply();
  const parsed = readMixQueryParams(call);
  if (!parsed.ok) return parsed.reply;
  const params = parsed.params;

  const product = findProduct(params.identificadorProduto);
  if (!product) {
    return errorReply(
      400,
      'PRODUTO_NAO_ENCONTRADO',
      'Produto não encontrado ou não contratado para este usuário.',
    );
  }
  const documento = stripDocumentMask(params.documento);
  const kind = classifyDocument(documento);
  if (!kind) return errorReply(400, 'DOCUMENTO_INVALIDO', 'CPF/CNPJ inválido.');
  const documentPersonType = kind === 'cpf' ? 'F' : 'J';
  if (documentPersonType !== product.tipoPessoa) {
    const expected = product.tipoPessoa === 'F' ? 'pessoa física (CPF)' : 'pessoa jurídica (CNPJ)';
    return errorReply(400, 'PRODUTO_INCOMPATIVEL_DOCUMENTO', `O produto ${product.nome} é para ${expected}.`);
  }
  if (product.includesScr && params.autorizacaoScr !== true) {
    return errorReply(
      400,
      'AUTORIZACAO_SCR_PENDENTE',
      'Consulta ao SCR sem autorização do titular do documento.',
    );
  }

  const storageKey = `${documento}|${product.identificador}`;
  const now = context.now();
  if (params.reutilizarDadosExistentes) {
    const stored = context.storedQueries.get(storageKey);
    if (!stored || now.getTime() - stored.storedAt.getTime() > REUSE_WINDOW_MS) {
      return errorReply(
        400,
        'SEM_CONSULTA_REUTILIZAVEL',
        'Não há consulta deste documento nos últimos 90 dias para reutilizar.',
      );
    }
    return jsonReply(200, structuredClone(stored.result));
  }

  const profile = answeredProfile(context, documento, documentPersonType);
  const result = buildMixResult({
    profile,
    product,
    now,
    historicoConsultaId: randomUUID(),
    limiteRequisitado: params.limiteRequisitado,
    smartFails: context.faults.smartFails(),
    consultante: DEMO_USER.consultante,
    usuario: DEMO_USER.nome,
  });
  context.billedQueries += 1;
  context.storedQueries.set(storageKey, { result, storedAt: now });
  return jsonReply(200, structuredClone(result));
}
