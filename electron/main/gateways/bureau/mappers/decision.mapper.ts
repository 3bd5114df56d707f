import type {
  BureauDecisionView,
  DecisionClassification,
  DecisionOpinion,
  DecisionScore,
} from '../../../../../shared/ipc/dto/bureau';
import { reaisToCents } from '../../../../../shared/domain/credit';
import { isObj, num, readEnvelope, str, type Obj } from './envelope.mapper';
import { readRestrictions } from './restrictions.mapper';

/** `{mix}` or `[{mix}]` (deps-api.md §4.3); a JSON text stored raw is parsed first. */
function mixOf(raw: unknown): Obj | null {
  let body = raw;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body) as unknown;
    } catch {
      return null;
    }
  }
  if (Array.isArray(body)) body = body[0];
  return isObj(body) && isObj(body.mix) ? body.mix : null;
}

function readSmart(
  mix: Obj,
  errored: Set<string>,
): { opinion: DecisionOpinion; classification: DecisionClassification } {
  const { status, data } = readEnvelope(mix.smart, errored.has('smart'));
  const smart = isObj(data) ? data : {};
  const parecer = isObj(smart.parecer) ? smart.parecer : null;
  const classificacao = isObj(smart.classificacao) ? smart.classificacao : null;
  const missing = { state: 'noInfo' as const, message: 'O bureau não enviou este item.' };
  return {
    opinion: {
      ...(status.state === 'found' ? (parecer ? status : missing) : status),
      approved: typeof parecer?.aprovado === 'boolean' ? parecer.aprovado : null,
      reason: str(parecer?.motivo),
    },
    classification: {
      ...(status.state === 'found' ? (classificacao ? status : missing) : status),
      classification: str(classificacao?.classificacao),
      suggestedLimitCents: reaisToCents(classificacao?.limiteSugerido),
      validUntil: str(classificacao?.validade),
      policy: str(classificacao?.politica),
    },
  };
}

function readScore(mix: Obj, errored: Set<string>): DecisionScore {
  const { status, data } = readEnvelope(mix.score, errored.has('score'));
  const d = isObj(data) ? data : {};
  return {
    ...status,
    score: num(d.score),
    risk: str(d.risco),
    paymentProbability: num(d.probabilidadePagamento),
    description: str(d.descricao),
  };
}

function subjectOf(mix: Obj): { name: string | null; document: string | null } {
  const pessoa = isObj(mix.pessoa) && isObj(mix.pessoa.data) ? mix.pessoa.data : null;
  const empresa = isObj(mix.empresa) && isObj(mix.empresa.data) ? mix.empresa.data : null;
  // The bureau may send the document masked; only its digits (and CNPJ letters) are compared.
  const document = str(pessoa?.cpf) ?? str(empresa?.cnpj);
  return {
    name: str(pessoa?.nome) ?? str(empresa?.razaoSocial),
    document: document ? document.replace(/[^0-9A-Za-z]/g, '').toUpperCase() : null,
  };
}

/**
 * The decision view of a stored answer, in the order deps-api.md §4.5 recommends. null when
 * the answer has no `mix` at all: the screen then says the result could not be read.
 */
export function mapDecision(raw: unknown): BureauDecisionView | null {
  const mix = mixOf(raw);
  if (!mix) return null;
  const errorList = Array.isArray(mix.blocosComErros)
    ? mix.blocosComErros.filter((b): b is string => typeof b === 'string')
    : [];
  const errored = new Set(errorList);
  const { opinion, classification } = readSmart(mix, errored);
  const score = readScore(mix, errored);
  const restrictions = readRestrictions(mix, errored);
  const anyFailed = [opinion, classification, score, ...restrictions].some((b) => b.state === 'failed');
  return {
    consultedAt: str(mix.dataConsulta),
    productName: str(mix.produto),
    subjectName: subjectOf(mix).name,
    subjectDocument: subjectOf(mix).document,
    partial: mix.isParcial === true || errorList.length > 0 || anyFailed,
    blocksWithErrors: errorList,
    opinion,
    classification,
    score,
    restrictions,
    shareLink: str(mix.linkCompartilhamento),
  };
}
