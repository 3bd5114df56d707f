import type { BureauProduct } from './types';
import type { SubjectProfile } from './subject-profile';

/** Synthetic credentials; never a real Deps account. */
export const DEFAULT_EMAIL = 'api@empresa-demo.com.br';
export const DEFAULT_PASSWORD = 'demo-deps-2026';
export const DEFAULT_TOKEN_TTL_SECONDS = 18_000;

export const DEMO_USER = {
  id: '6f1c2a9e-4b7d-4c1e-9a3f-2d5e8b7c1a01',
  nome: 'Integração API Demo',
  telefone: '(11) 4002-8922',
  ativo: 1,
  clienteId: '0b9d7e3c-1f2a-4e5b-8c6d-7a8b9c0d1e02',
  clienteDocumento: '11444777000161',
  consultante: 'Empresa Demo Comércio Ltda',
  permissao: 'Api',
} as const;

/** The first two are the fixtures of deps-api.md §7; the Mix PF product carries SCR (case 10). */
export const PRODUCTS: readonly BureauProduct[] = [
  {
    identificador: 'A1B2C3D4',
    nome: 'Smart PF 001',
    tipoPessoa: 'F',
    includesSmart: true,
    includesScr: false,
  },
  {
    identificador: 'B2C3D4E5',
    nome: 'Smart PJ 001',
    tipoPessoa: 'J',
    includesSmart: true,
    includesScr: false,
  },
  {
    identificador: 'C3D4E5F6',
    nome: 'Mix PF SCR 001',
    tipoPessoa: 'F',
    includesSmart: false,
    includesScr: true,
  },
  {
    identificador: 'D4E5F6A7',
    nome: 'Mix PJ 057',
    tipoPessoa: 'J',
    includesSmart: false,
    includesScr: false,
  },
];

export function findProduct(identifier: string): BureauProduct | undefined {
  return PRODUCTS.find((product) => product.identificador === identifier.toUpperCase());
}

/** Case 6 of deps-api.md §7: company with active restrictions, rejected by the policy. */
const RESTRICTED_COMPANY: SubjectProfile = {
  documento: '11222333000181',
  tipoPessoa: 'J',
  nome: 'Comercial Horizonte Distribuidora Ltda',
  nomeFantasia: 'Horizonte Distribuidora',
  endereco: {
    logradouro: 'Rua das Palmeiras',
    numero: '450',
    bairro: 'Centro',
    cidade: 'Campinas',
    uf: 'SP',
    cep: '13010100',
  },
  dataReferencia: '2012-03-15',
  score: 215,
  classificacao: 'C',
  limiteSugerido: 0,
  porte: 'EPP',
  rendaOuFaturamento: 1_850_000,
  pendencias: [
    {
      informante: 'Banco Exemplo S.A.',
      tipo: 'Empréstimo',
      valor: 12_480.5,
      dataDebito: '2025-08-10',
      numeroContrato: 'CT-000913',
      uf: 'SP',
      cidade: 'Campinas',
    },
    {
      informante: 'Fornecedora Modelo Ltda',
      tipo: 'Duplicata',
      valor: 5_970.25,
      dataDebito: '2025-11-02',
      numeroContrato: 'DP-44871',
      uf: 'SP',
      cidade: 'São Paulo',
    },
  ],
  protestos: [
    {
      cartorio: '2º Tabelionato de Protesto de Campinas',
      uf: 'SP',
      cidade: 'Campinas',
      valor: 3_200,
      data: '2025-09-22',
    },
  ],
  acoes: [
    {
      acao: 'Execução de Título Extrajudicial',
      foro: 'Foro de Campinas',
      vara: '3ª Vara Cível',
      comarca: 'Campinas',
      uf: 'SP',
      autor: 'Banco Exemplo S.A.',
      requerido: 'Comercial Horizonte Distribuidora Ltda',
      processo: '1001234-56.2025.8.26.0114',
      distribuicao: '2025-10-05',
      valor: 12_480.5,
    },
  ],
  chequesSemFundo: 1,
  consultasUltimos30Dias: 7,
  parecer: {
    aprovado: false,
    motivo: 'Reprovado pela política: empresa com pendências financeiras, protesto e ação judicial ativos.',
  },
};

/** Case 7 of deps-api.md §7: clean person, approved. */
const CLEAN_PERSON: SubjectProfile = {
  documento: '52998224725',
  tipoPessoa: 'F',
  nome: 'Mariana Souza Albuquerque',
  nomeFantasia: null,
  endereco: {
    logradouro: 'Avenida Boa Viagem',
    numero: '1200',
    bairro: 'Boa Viagem',
    cidade: 'Recife',
    uf: 'PE',
    cep: '51011000',
  },
  dataReferencia: '1986-07-21',
  score: 940,
  classificacao: 'AA',
  limiteSugerido: 15_000,
  porte: 'PF',
  rendaOuFaturamento: 9_800,
  pendencias: [],
  protestos: [],
  acoes: [],
  chequesSemFundo: 0,
  consultasUltimos30Dias: 1,
  parecer: {
    aprovado: true,
    motivo: 'Aprovado: nenhuma restrição encontrada e score acima do mínimo da política.',
  },
};

export const CANNED_PROFILES: ReadonlyMap<string, SubjectProfile> = new Map([
  [RESTRICTED_COMPANY.documento, RESTRICTED_COMPANY],
  [CLEAN_PERSON.documento, CLEAN_PERSON],
]);
