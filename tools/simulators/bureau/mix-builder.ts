import type { BureauProduct } from './types';
import type { SubjectProfile } from './subject-profile';
import { failedBlock, nothingFound } from './envelope';
import {
  companyBlock,
  partnersBlock,
  personBlock,
  presumedIncomeBlock,
  presumedRevenueBlock,
} from './blocks-cadastral';
import { chequesContainer, lawsuitsBlock, pendingDebtsBlock, protestsBlock } from './blocks-restrictions';
import { inquiriesBlock, scoreBlock, scrBlock } from './blocks-credit';
import { smartBlock } from './smart-block';

export const SMART_FAILURE_MESSAGE = 'Erro ao processar a política de crédito.';

export interface MixBuildInput {
  profile: SubjectProfile;
  product: BureauProduct;
  now: Date;
  historicoConsultaId: string;
  limiteRequisitado: number | null;
  /** Fault `partial`: the smart block fails and the result is flagged partial. */
  smartFails: boolean;
  consultante: string;
  usuario: string;
}

/**
 * Builds the full 200 body of `/api/v3/consultas/depsmix`. Blocks outside the product are `null`,
 * as in the real API; every key observed in a real v3 answer is present.
 */
export function buildMixResult(input: MixBuildInput): Record<string, unknown> {
  const { profile, product, now } = input;
  const isCompany = profile.tipoPessoa === 'J';
  const blocosComErros = input.smartFails ? ['smart'] : [];
  const smart = input.smartFails
    ? failedBlock(SMART_FAILURE_MESSAGE)
    : product.includesSmart
      ? smartBlock(profile, now, input.limiteRequisitado)
      : null;
  return {
    mix: {
      consultante: input.consultante,
      produto: product.nome,
      versaoProduto: '1',
      usuario: input.usuario,
      versao: '3',
      isParcial: blocosComErros.length > 0,
      isGrupo: false,
      dataConsulta: now.toISOString(),
      blocosComErros,
      historicoConsultaId: input.historicoConsultaId,
      linkCompartilhamento: `https://portal.deps.com.br/compartilhamento/${input.historicoConsultaId}`,
      grupoComponentes: null,
      empresa: isCompany ? companyBlock(profile, now) : null,
      pessoa: isCompany ? null : personBlock(profile, now),
      quadroSocietario: isCompany ? partnersBlock(profile) : null,
      faturamentoPresumido: isCompany ? presumedRevenueBlock(profile) : null,
      rendaPresumida: isCompany ? null : presumedIncomeBlock(profile),
      score: scoreBlock(profile),
      consultas: inquiriesBlock(profile, now),
      pendenciasRestricoes: pendingDebtsBlock(profile),
      protestos: protestsBlock(profile),
      acoesJudiciais: lawsuitsBlock(profile),
      falenciasRecuperacaoJudicial: nothingFound(),
      restricoesCheques: chequesContainer(profile),
      restricao: null,
      contatosPreferenciais: null,
      participacaoEmpresa: null,
      vinculoEmpregaticio: null,
      emails: null,
      sintegra: null,
      suframa: null,
      outrosEnderecos: null,
      indicadores: null,
      analiseRisco: null,
      comportamentalResumido: null,
      relacaoEmpresaParticipacaoSocio: null,
      scr: product.includesScr ? scrBlock(profile) : null,
      smart,
    },
    consultasComplementares: [],
  };
}
