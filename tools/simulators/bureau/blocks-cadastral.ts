import type { SubjectProfile } from './subject-profile';
import { withData, type BlockEnvelope } from './envelope';

/** The docs type nearly every company field as a string, so this block does too. */
export function companyBlock(profile: SubjectProfile, now: Date): BlockEnvelope {
  const address = profile.endereco;
  return withData({
    cnpj: profile.documento,
    tipoUnidade: 'MATRIZ',
    razaoSocial: profile.nome,
    nomeFantasia: profile.nomeFantasia,
    situacaoCadastral: 'ATIVA',
    dataSituacaoCadastral: profile.dataReferencia,
    dataInicioAtividade: profile.dataReferencia,
    dataInicioAtividadeMatriz: profile.dataReferencia,
    motivoSituacaoCadastral: 'SEM MOTIVO',
    naturezaJuridica: '206-2 - Sociedade Empresária Limitada',
    cnaePrincipal: '4639-7/01 - Comércio atacadista de produtos alimentícios em geral',
    cnaesSecundarios: ['4637-1/99 - Comércio atacadista especializado em outros produtos alimentícios'],
    endereco: address.logradouro,
    numero: address.numero,
    bairro: address.bairro,
    complemento: '',
    cep: address.cep,
    uf: address.uf,
    municipio: address.cidade,
    municipioCodigoIbge: '3509502',
    qualificacaoResponsavel: 'Sócio-Administrador',
    capitalSocialEmpresa: '100000.00',
    faturamentoPresumido: String(profile.rendaOuFaturamento),
    porte: profile.porte,
    quantidadeFuncionarios: '12',
    opcaoPeloSimples: profile.porte === 'DEMAIS' ? 'N' : 'S',
    opcaoMei: 'N',
    quantidadeFiliais: '0',
    possuiRestricao: String(profile.pendencias.length + profile.protestos.length + profile.acoes.length > 0),
    erro: null,
    dataHoraReceita: now.toISOString(),
    filiaisPorSituacao: [],
    filiaisPorCnae: [],
    isInformacaoTagReceitaAtualizada: true,
    cnpjMatriz: profile.documento,
  });
}

export function partnersBlock(profile: SubjectProfile): BlockEnvelope {
  return withData({
    comParticipacao: true,
    quadroSocietario: [
      {
        participacao: '100.00',
        nome: 'Sócio Administrador Exemplo',
        documento: '***.982.247-**',
        dataEntrada: profile.dataReferencia,
        dataSaida: null,
        cargoSociedade: 'Sócio-Administrador',
        cidade: profile.endereco.cidade,
        uf: profile.endereco.uf,
        cep: profile.endereco.cep,
      },
    ],
  });
}

export function personBlock(profile: SubjectProfile, now: Date): BlockEnvelope {
  const birth = new Date(`${profile.dataReferencia}T12:00:00Z`);
  const age = Math.floor((now.getTime() - birth.getTime()) / (365.25 * 24 * 3600 * 1000));
  const address = profile.endereco;
  return withData({
    cpf: profile.documento,
    nome: profile.nome,
    identidade: null,
    nomeMae: 'Maria Exemplo da Silva',
    idade: age,
    situacaoCadastral: 'REGULAR',
    dataNascimento: profile.dataReferencia,
    rendaPresumida: String(profile.rendaOuFaturamento),
    mensagemErroRendaPresumida: null,
    escolaridade: 'Superior completo',
    nacionalidade: 'Brasileira',
    dataInscricao: '2004-01-10',
    dataHoraReceita: now.toISOString(),
    codigoControleReceita: 'A1B2.C3D4.E5F6.7788',
    dadosCadastrais: {
      uf: address.uf,
      cidade: address.cidade,
      complemento: '',
      endereco: address.logradouro,
      numero: address.numero,
      bairro: address.bairro,
      cep: address.cep,
    },
    obito: false,
    politicamenteExposta: false,
  });
}

export function presumedIncomeBlock(profile: SubjectProfile): BlockEnvelope {
  const value = profile.rendaOuFaturamento;
  return withData({
    rendaPresumida: `De R$ ${Math.round(value * 0.8)} a R$ ${Math.round(value * 1.2)}`,
    valorMinimo: Math.round(value * 0.8),
    valorMaximo: Math.round(value * 1.2),
    valor: value,
    possuiGastoEstimado: true,
    gastoEstimado: Math.round(value * 0.55),
  });
}

export function presumedRevenueBlock(profile: SubjectProfile): BlockEnvelope {
  const value = profile.rendaOuFaturamento;
  return withData({
    faturamentoPresumido: `De R$ ${Math.round(value * 0.8)} a R$ ${Math.round(value * 1.2)}`,
    valor: value,
    valorMinimo: Math.round(value * 0.8),
    valorMaximo: Math.round(value * 1.2),
  });
}
