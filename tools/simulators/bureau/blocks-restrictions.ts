import type { SubjectProfile } from './subject-profile';
import { nothingFound, withData, type BlockEnvelope } from './envelope';

function sum(values: number[]): number {
  return Math.round(values.reduce((acc, value) => acc + value, 0) * 100) / 100;
}

export function pendingDebtsBlock(profile: SubjectProfile): BlockEnvelope {
  const debts = profile.pendencias;
  if (debts.length === 0) return nothingFound();
  return withData({
    totalPendencias: debts.length,
    totalCredores: new Set(debts.map((debt) => debt.informante)).size,
    nivel: debts.length > 1 ? 'Alto' : 'Médio',
    valor: sum(debts.map((debt) => debt.valor)),
    ocorrencias: debts,
  });
}

/** Real shape unsettled (deps-api.md §4.5): carries both `valorTotal` and the occurrence list. */
export function protestsBlock(profile: SubjectProfile): BlockEnvelope {
  const protests = profile.protestos;
  if (protests.length === 0) return nothingFound();
  return withData({
    quantidade: protests.length,
    valorTotal: sum(protests.map((protest) => protest.valor)),
    ocorrencias: protests,
  });
}

export function lawsuitsBlock(profile: SubjectProfile): BlockEnvelope {
  const lawsuits = profile.acoes;
  if (lawsuits.length === 0) return nothingFound();
  return withData({
    totalAcoes: lawsuits.length,
    valorTotal: sum(lawsuits.map((lawsuit) => lawsuit.valor)),
    ocorrencias: lawsuits,
  });
}

/** `restricoesCheques` is a container of envelopes, not an envelope itself (deps-api.md §4.4). */
export function chequesContainer(profile: SubjectProfile): Record<string, unknown> {
  const bounced = profile.chequesSemFundo;
  return {
    possuiInformacao: true,
    alertas: nothingFound(),
    chequesDevolvidosSemFundo:
      bounced === 0
        ? nothingFound()
        : withData({
            quantidade: bounced,
            ocorrencias: Array.from({ length: bounced }, (_, index) => ({
              banco: '341',
              agencia: '0001',
              motivo: '12',
              quantidade: 1,
              dataUltimaOcorrencia: `2025-0${index + 4}-15`,
            })),
          }),
    chequesDevolvidosOutrosMotivos: nothingFound(),
    chequesSustados: nothingFound(),
    chequesDevolvidosInformadosUsuario: nothingFound(),
  };
}
