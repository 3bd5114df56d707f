import { createHash } from 'node:crypto';
import type { PersonType } from './types';

/** Observed Smart scale, worst to best (deps-api.md §4.5). */
export const CLASSIFICATIONS = ['E', 'D', 'C', 'B', 'BB', 'BBB', 'A', 'AA', 'AAA'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export interface PendingDebt {
  informante: string;
  tipo: string;
  valor: number;
  dataDebito: string;
  numeroContrato: string;
  uf: string;
  cidade: string;
}

export interface Protest {
  cartorio: string;
  uf: string;
  cidade: string;
  valor: number;
  data: string;
}

export interface Lawsuit {
  acao: string;
  foro: string;
  vara: string;
  comarca: string;
  uf: string;
  autor: string;
  requerido: string;
  processo: string;
  distribuicao: string;
  valor: number;
}

/** Everything the mix builder needs about one subject; amounts in reais, as the bureau sends them. */
export interface SubjectProfile {
  documento: string;
  tipoPessoa: PersonType;
  nome: string;
  nomeFantasia: string | null;
  endereco: { logradouro: string; numero: string; bairro: string; cidade: string; uf: string; cep: string };
  /** Birth date (PF) or opening date (PJ). */
  dataReferencia: string;
  score: number;
  classificacao: Classification;
  limiteSugerido: number;
  porte: string;
  /** Presumed monthly income (PF) or yearly revenue (PJ). */
  rendaOuFaturamento: number;
  pendencias: PendingDebt[];
  protestos: Protest[];
  acoes: Lawsuit[];
  chequesSemFundo: number;
  consultasUltimos30Dias: number;
  parecer: { aprovado: boolean; motivo: string };
}

const FIRST_NAMES = ['Ana', 'Bruno', 'Carla', 'Diego', 'Eduarda', 'Felipe', 'Gabriela', 'Henrique'];
const SURNAMES = ['Silva', 'Oliveira', 'Pereira', 'Costa', 'Rodrigues', 'Almeida', 'Nascimento', 'Lima'];
const COMPANY_WORDS = [
  'Aurora',
  'Serra Azul',
  'Vale Verde',
  'Atlântico',
  'Ipê',
  'Cerrado',
  'Litoral',
  'Planalto',
];
const COMPANY_KINDS = ['Comércio', 'Distribuidora', 'Indústria', 'Serviços'];
const CITIES = [
  { cidade: 'São Paulo', uf: 'SP' },
  { cidade: 'Belo Horizonte', uf: 'MG' },
  { cidade: 'Curitiba', uf: 'PR' },
  { cidade: 'Salvador', uf: 'BA' },
  { cidade: 'Porto Alegre', uf: 'RS' },
  { cidade: 'Goiânia', uf: 'GO' },
];
/** Suggested limit per classification index, in reais, for people; companies get 5x. */
const LIMIT_BY_CLASS = [0, 0, 0, 1_000, 2_500, 5_000, 10_000, 15_000, 25_000];

function pick<T>(list: readonly T[], byte: number): T {
  return list[byte % list.length] as T;
}

export function riskLabel(score: number): string {
  if (score >= 800) return 'Baixo';
  if (score >= 500) return 'Médio';
  if (score >= 300) return 'Alto';
  return 'Muito alto';
}

/** Deterministic profile from sha256(documento): same document, same answer, across runs. */
export function deriveProfile(documento: string, tipoPessoa: PersonType): SubjectProfile {
  const bytes = createHash('sha256').update(documento).digest();
  const at = (index: number): number => bytes[index] ?? 0;
  const rawScore = 100 + (((at(0) << 8) | at(1)) % 900);
  const restricted = at(2) % 4 === 0 || rawScore < 300;
  // Coherent with the bureau's own scale: active restrictions never come with a low risk.
  const score = restricted ? Math.min(rawScore, 300 + (rawScore % 200)) : rawScore;
  const rawClass = Math.min(CLASSIFICATIONS.length - 1, Math.floor(score / 112));
  const classIndex = restricted ? Math.min(rawClass, 2) : rawClass;
  const baseLimit = LIMIT_BY_CLASS[classIndex] ?? 0;
  const place = pick(CITIES, at(3));
  const isCompany = tipoPessoa === 'J';
  const nome = isCompany
    ? `${pick(COMPANY_WORDS, at(4))} ${pick(COMPANY_KINDS, at(5))} Ltda`
    : `${pick(FIRST_NAMES, at(4))} ${pick(SURNAMES, at(5))} ${pick(SURNAMES, at(6))}`;
  const debtValue = 500 + (at(7) % 40) * 250;
  const aprovado = !restricted && classIndex >= 3;
  const profile: SubjectProfile = {
    documento,
    tipoPessoa,
    nome,
    nomeFantasia: isCompany ? pick(COMPANY_WORDS, at(4)) : null,
    endereco: {
      logradouro: `Rua ${pick(SURNAMES, at(8))}`,
      numero: String(10 + at(9)),
      bairro: 'Centro',
      ...place,
      cep: String(10_000_000 + ((at(10) << 8) | at(11)) * 1000).slice(0, 8),
    },
    dataReferencia: isCompany
      ? `${2000 + (at(12) % 24)}-0${1 + (at(13) % 9)}-1${at(14) % 10}`
      : `${1960 + (at(12) % 45)}-0${1 + (at(13) % 9)}-1${at(14) % 10}`,
    score,
    classificacao: CLASSIFICATIONS[classIndex] ?? 'E',
    limiteSugerido: isCompany ? baseLimit * 5 : baseLimit,
    porte: isCompany ? pick(['ME', 'EPP', 'DEMAIS'], at(15)) : 'PF',
    rendaOuFaturamento: isCompany ? 120_000 + at(16) * 10_000 : 1_500 + at(16) * 50,
    pendencias: restricted
      ? [
          {
            informante: 'Financeira Exemplo S.A.',
            tipo: 'Financiamento',
            valor: debtValue,
            dataDebito: '2025-06-18',
            numeroContrato: `FN-${at(17)}${at(18)}`,
            ...place,
          },
        ]
      : [],
    protestos:
      restricted && at(19) % 2 === 0
        ? [
            {
              cartorio: `1º Tabelionato de Protesto de ${place.cidade}`,
              ...place,
              valor: debtValue / 2,
              data: '2025-07-30',
            },
          ]
        : [],
    acoes: [],
    chequesSemFundo: restricted ? at(20) % 3 : 0,
    consultasUltimos30Dias: at(21) % 12,
    parecer: { aprovado, motivo: '' },
  };
  profile.parecer.motivo = aprovado
    ? 'Aprovado: perfil dentro dos critérios da política.'
    : restricted
      ? `Reprovado pela política: ${restrictionSummary(profile)}.`
      : 'Reprovado pela política: classificação abaixo do mínimo (B).';
  return profile;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Why a restricted subject is refused, in the bureau's words: which restrictions, how many. */
export function restrictionSummary(p: SubjectProfile): string {
  const found = [
    p.pendencias.length > 0 && plural(p.pendencias.length, 'pendência financeira', 'pendências financeiras'),
    p.protestos.length > 0 && plural(p.protestos.length, 'protesto', 'protestos'),
    p.acoes.length > 0 && plural(p.acoes.length, 'ação judicial', 'ações judiciais'),
    p.chequesSemFundo > 0 && plural(p.chequesSemFundo, 'cheque sem fundo', 'cheques sem fundo'),
  ].filter((x): x is string => typeof x === 'string');
  return `restrições ativas (${found.join(', ')})`;
}
