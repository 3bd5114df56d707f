import type { SubjectProfile } from './subject-profile';
import { withData, type BlockEnvelope } from './envelope';

const POLICY_NAME = 'Política Padrão Demo';
const MINIMUM_CLASSIFICATION = 'B';

function addDays(now: Date, days: number): string {
  return new Date(now.getTime() + days * 24 * 3600 * 1000).toISOString();
}

function opinion(
  profile: SubjectProfile,
  requestedLimit: number | null,
): { aprovado: boolean; motivo: string } {
  if (profile.parecer.aprovado && requestedLimit !== null && requestedLimit > profile.limiteSugerido) {
    return {
      aprovado: false,
      motivo: 'Reprovado: limite requisitado acima do limite sugerido pela política.',
    };
  }
  return profile.parecer;
}

/** Inner structure from third-party clients only (deps-api.md §4.5); kept to those field names. */
export function smartBlock(profile: SubjectProfile, now: Date, requestedLimit: number | null): BlockEnvelope {
  const hasRestrictions = profile.pendencias.length + profile.protestos.length + profile.acoes.length > 0;
  const { aprovado, motivo } = opinion(profile, requestedLimit);
  return withData({
    classificacao: {
      classificacao: profile.classificacao,
      limiteSugerido: profile.limiteSugerido,
      limiteRequisitado: requestedLimit,
      validade: addDays(now, 30),
      pontuacaoAtingida: Math.round(profile.score / 10),
      politica: POLICY_NAME,
      porte: profile.porte,
    },
    parecer: {
      aprovado,
      motivo,
      limiteRequisitado: requestedLimit,
      resultadoParecer: [
        {
          nome: 'Restrições financeiras',
          atendido: !hasRestrictions,
          regras: [
            {
              descricao: 'Não possuir pendências, protestos ou ações judiciais ativas',
              resultado: hasRestrictions ? ['Possui restrições ativas'] : ['Nada consta'],
              motivo: hasRestrictions ? 'Restrições encontradas.' : null,
            },
          ],
        },
        {
          nome: 'Classificação mínima',
          atendido: profile.parecer.aprovado,
          regras: [
            {
              descricao: `Classificação igual ou superior a ${MINIMUM_CLASSIFICATION}`,
              resultado: [profile.classificacao],
              motivo: profile.parecer.aprovado ? null : 'Classificação abaixo do mínimo.',
            },
          ],
        },
      ],
    },
    positivas: hasRestrictions
      ? []
      : [
          {
            metrica: 'SEM_RESTRICOES',
            descricao: 'Sem restrições financeiras',
            pontuacao: 30,
            impacto: 'Alto',
            percentualMetrica: 100,
          },
        ],
    negativas: hasRestrictions
      ? [
          {
            metrica: 'RESTRICOES_ATIVAS',
            descricao: 'Possui restrições financeiras ativas',
            pontuacao: -40,
            impacto: 'Alto',
            percentualMetrica: 100,
          },
        ]
      : [],
    historicoClassificacao: [{ dataHora: now.toISOString(), classificacao: profile.classificacao }],
  });
}
