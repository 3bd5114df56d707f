import type {
  RestrictionBlock,
  RestrictionKey,
  RestrictionOccurrence,
} from '../../../../../shared/ipc/dto/bureau';
import { reaisToCents } from '../../../../../shared/domain/credit';
import { isObj, num, readEnvelope, str, type Obj } from './envelope.mapper';

const LABELS: Record<RestrictionKey, string> = {
  pendencias: 'Pendências financeiras',
  protestos: 'Protestos',
  cheques: 'Cheques devolvidos',
  acoesJudiciais: 'Ações judiciais',
  falencias: 'Falências e recuperação judicial',
};

const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const sumCents = (items: RestrictionOccurrence[]): number | null =>
  items.some((i) => i.amountCents !== null) ? items.reduce((acc, i) => acc + (i.amountCents ?? 0), 0) : null;
const joined = (...parts: unknown[]): string =>
  parts
    .map(str)
    .filter((p): p is string => p !== null)
    .join(' — ') || 'Ocorrência';

function occurrence(o: Obj, parts: unknown[], date: unknown): RestrictionOccurrence {
  return { description: joined(...parts), date: str(date), amountCents: reaisToCents(o.valor) };
}

type Reader = (data: unknown) => {
  count: number | null;
  totalCents: number | null;
  occurrences: RestrictionOccurrence[];
};

const readPendencias: Reader = (data) => {
  const d = isObj(data) ? data : {};
  const occurrences = list(d.ocorrencias).map((o) => occurrence(o, [o.tipo, o.informante], o.dataDebito));
  return {
    count: num(d.totalPendencias) ?? occurrences.length,
    totalCents: reaisToCents(d.valor) ?? sumCents(occurrences),
    occurrences,
  };
};

/** Shape unsettled (deps-api.md §4.5): a bare list of occurrences or an object with totals. */
const readProtestos: Reader = (data) => {
  const d: Obj = Array.isArray(data) ? { ocorrencias: data } : isObj(data) ? data : {};
  const occurrences = list(d.ocorrencias).map((o) => occurrence(o, [o.cartorio, o.cidade, o.uf], o.data));
  return {
    count: num(d.quantidade) ?? occurrences.length,
    totalCents: reaisToCents(d.valorTotal) ?? sumCents(occurrences),
    occurrences,
  };
};

const readAcoes: Reader = (data) => {
  const d = isObj(data) ? data : {};
  const occurrences = list(d.ocorrencias).map((o) =>
    occurrence(o, [o.acao, o.autor, o.comarca], o.distribuicao),
  );
  return {
    count: num(d.totalAcoes) ?? occurrences.length,
    totalCents: reaisToCents(d.valorTotal) ?? sumCents(occurrences),
    occurrences,
  };
};

const readFalencias: Reader = (data) => {
  const items = Array.isArray(data) ? list(data) : list(isObj(data) ? data.ocorrencias : null);
  const occurrences = items.map((o) => occurrence(o, [o.tipo, o.acao, o.vara], o.data ?? o.distribuicao));
  return { count: occurrences.length || null, totalCents: sumCents(occurrences), occurrences };
};

function envelopeBlock(
  key: RestrictionKey,
  block: unknown,
  listedAsError: boolean,
  read: Reader,
): RestrictionBlock {
  const { status, data } = readEnvelope(block, listedAsError);
  const base = { key, label: LABELS[key], ...status, count: null, totalCents: null, occurrences: [] };
  if (status.state !== 'found') return status.state === 'clean' ? { ...base, count: 0, totalCents: 0 } : base;
  return { ...base, ...read(data) };
}

const CHEQUE_PARTS = [
  'chequesDevolvidosSemFundo',
  'chequesDevolvidosOutrosMotivos',
  'chequesSustados',
  'chequesDevolvidosInformadosUsuario',
] as const;

/** `restricoesCheques` is a container of envelopes; one failed child makes the whole block failed. */
function chequesBlock(container: unknown, listedAsError: boolean): RestrictionBlock {
  const base = {
    key: 'cheques' as const,
    label: LABELS.cheques,
    count: null,
    totalCents: null,
    occurrences: [],
  };
  if (container === null || container === undefined) return { ...base, state: 'notIncluded', message: null };
  if (!isObj(container) || listedAsError) {
    return { ...base, state: 'failed', message: 'O bureau informou falha no bloco de cheques.' };
  }
  if (container.possuiInformacao === false) return { ...base, state: 'noInfo', message: 'Sem informação.' };
  const parts = CHEQUE_PARTS.map((name) => readEnvelope(container[name], false));
  const failed = parts.find((p) => p.status.state === 'failed');
  if (failed) return { ...base, state: 'failed', message: failed.status.message };
  const found = parts.filter((p) => p.status.state === 'found');
  if (found.length === 0) {
    const allClean = parts.every((p) => p.status.state === 'clean' || p.status.state === 'notIncluded');
    return allClean
      ? { ...base, state: 'clean', message: 'Nada consta.', count: 0 }
      : { ...base, state: 'noInfo', message: 'Sem informação.' };
  }
  const occurrences = found.flatMap((p) =>
    list(isObj(p.data) ? p.data.ocorrencias : p.data).map((o) =>
      occurrence(
        o,
        [`Banco ${str(o.banco) ?? '?'}`, `motivo ${str(o.motivo) ?? '?'}`],
        o.dataUltimaOcorrencia,
      ),
    ),
  );
  const count = found.reduce((acc, p) => acc + (isObj(p.data) ? (num(p.data.quantidade) ?? 0) : 0), 0);
  return { ...base, state: 'found', message: null, count: count || occurrences.length, occurrences };
}

export function readRestrictions(mix: Obj, errored: Set<string>): RestrictionBlock[] {
  return [
    envelopeBlock(
      'pendencias',
      mix.pendenciasRestricoes,
      errored.has('pendenciasRestricoes'),
      readPendencias,
    ),
    envelopeBlock('protestos', mix.protestos, errored.has('protestos'), readProtestos),
    chequesBlock(mix.restricoesCheques, errored.has('restricoesCheques')),
    envelopeBlock('acoesJudiciais', mix.acoesJudiciais, errored.has('acoesJudiciais'), readAcoes),
    envelopeBlock(
      'falencias',
      mix.falenciasRecuperacaoJudicial,
      errored.has('falenciasRecuperacaoJudicial'),
      readFalencias,
    ),
  ];
}
