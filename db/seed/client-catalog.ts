/** Word lists and the product catalogue behind the client screen's demo records. */

export interface CatalogProduct {
  code: string;
  description: string;
  unit: string;
  priceCents: number;
}

/** Billing categories (Faturamento pie) and what is sold under each. */
export const CATALOG: Record<string, readonly CatalogProduct[]> = {
  Mercearia: [
    { code: 'MER-1001', description: 'Arroz tipo 1 5 kg (fardo 6 un)', unit: 'FD', priceCents: 15_990 },
    { code: 'MER-1002', description: 'Feijão carioca 1 kg (fardo 10 un)', unit: 'FD', priceCents: 8_490 },
    { code: 'MER-1003', description: 'Óleo de soja 900 ml (caixa 20 un)', unit: 'CX', priceCents: 14_380 },
    { code: 'MER-1004', description: 'Açúcar refinado 1 kg (fardo 10 un)', unit: 'FD', priceCents: 4_790 },
    {
      code: 'MER-1005',
      description: 'Café torrado e moído 500 g (caixa 10 un)',
      unit: 'CX',
      priceCents: 18_900,
    },
  ],
  Bebidas: [
    { code: 'BEB-2001', description: 'Refrigerante cola 2 L (fardo 6 un)', unit: 'FD', priceCents: 4_590 },
    { code: 'BEB-2002', description: 'Água mineral 500 ml (fardo 12 un)', unit: 'FD', priceCents: 1_590 },
    {
      code: 'BEB-2003',
      description: 'Suco de uva integral 1 L (caixa 12 un)',
      unit: 'CX',
      priceCents: 13_200,
    },
  ],
  'Frios e laticínios': [
    { code: 'FRI-3001', description: 'Queijo muçarela fatiado', unit: 'KG', priceCents: 3_890 },
    { code: 'FRI-3002', description: 'Presunto cozido fatiado', unit: 'KG', priceCents: 2_990 },
    { code: 'FRI-3003', description: 'Iogurte natural 170 g (caixa 24 un)', unit: 'CX', priceCents: 5_760 },
  ],
  'Higiene e limpeza': [
    {
      code: 'LIM-4001',
      description: 'Detergente líquido 500 ml (caixa 24 un)',
      unit: 'CX',
      priceCents: 5_280,
    },
    {
      code: 'LIM-4002',
      description: 'Papel higiênico folha dupla (fardo 16 rolos)',
      unit: 'FD',
      priceCents: 2_690,
    },
    { code: 'LIM-4003', description: 'Sabão em pó 1 kg (caixa 20 un)', unit: 'CX', priceCents: 19_800 },
  ],
  'Serviços adicionais': [
    { code: 'SRV-5001', description: 'Frete dedicado', unit: 'SV', priceCents: 35_000 },
    {
      code: 'SRV-5002',
      description: 'Serviço de merchandising no ponto de venda',
      unit: 'SV',
      priceCents: 48_000,
    },
  ],
  Assinaturas: [
    {
      code: 'ASS-6001',
      description: 'Assinatura portal de pedidos B2B (mensalidade)',
      unit: 'MES',
      priceCents: 19_900,
    },
  ],
};

export const CATEGORIES = Object.keys(CATALOG);

export interface ExclusiveTemplate {
  description: string;
  details: string;
  unit: string;
  priceCents: number;
  category: string;
}

export const EXCLUSIVE_TEMPLATES: readonly ExclusiveTemplate[] = [
  {
    description: 'Café blend da casa 1 kg (marca própria do cliente)',
    details:
      'Torra média, embalagem com a marca do cliente. Produção mínima de 200 kg por pedido; prazo de 15 dias.',
    unit: 'KG',
    priceCents: 4_650,
    category: 'Mercearia',
  },
  {
    description: 'Tarifação especial de frete - rota dedicada',
    details:
      'Tabela negociada para entregas semanais na rota do cliente; válida enquanto o volume mensal passar de 8 t.',
    unit: 'SV',
    priceCents: 22_000,
    category: 'Serviços adicionais',
  },
  {
    description: 'Kit de fim de ano personalizado (caixa 12 un)',
    details:
      'Cesta montada com itens escolhidos pelo cliente e cartão com o logotipo dele. Pedidos até 30/11.',
    unit: 'CX',
    priceCents: 89_900,
    category: 'Mercearia',
  },
  {
    description: 'Assinatura portal B2B - plano dedicado',
    details: 'Portal de pedidos com catálogo e preços exclusivos, usuários ilimitados e suporte prioritário.',
    unit: 'MES',
    priceCents: 34_900,
    category: 'Assinaturas',
  },
  {
    description: 'Água mineral 20 L com vasilhame em comodato',
    details: 'Vasilhames cedidos em comodato; troca semanal incluída. Exclusivo para contratos com 12 meses.',
    unit: 'UN',
    priceCents: 1_890,
    category: 'Bebidas',
  },
];

export const CONTACT_ROLES: readonly { role: string; tags: readonly string[] }[] = [
  { role: 'Diretor comercial', tags: ['Diretor', 'Decisor'] },
  { role: 'Gerente de compras', tags: ['Compras', 'Decisor'] },
  { role: 'Comprador', tags: ['Compras'] },
  { role: 'Analista financeiro', tags: ['Financeiro'] },
  { role: 'Responsável de marketing', tags: ['Responsável de Marketing'] },
  { role: 'Encarregado de logística', tags: ['Logística'] },
  { role: 'Contador', tags: ['Financeiro'] },
];

/** People at the call center who plan and log activities. */
export const AGENT_NAMES = [
  'Ana Souza',
  'Carlos Menezes',
  'Juliana Prado',
  'Rafael Teixeira',
  'Patrícia Lins',
] as const;

export const TASK_TITLES = [
  'Enviar segunda via do boleto',
  'Atualizar cadastro de contatos',
  'Enviar tabela de preços atualizada',
  'Conferir pedido de compra com o financeiro',
  'Solicitar comprovante de pagamento',
  'Revisar condições de pagamento',
] as const;

export const CALL_TOPICS = [
  'confirmação de pedido',
  'cobrança de título vencido',
  'pesquisa de satisfação',
  'oferta de lançamentos',
  'agendamento de entrega',
  'renegociação de prazo',
] as const;

export const APPOINTMENT_TITLES = [
  'Visita comercial',
  'Reunião de renegociação de prazo',
  'Apresentação de lançamentos',
  'Visita técnica ao depósito',
  'Reunião trimestral de resultados',
] as const;

export const TICKET_DESCRIPTIONS = [
  'Boleto emitido com vencimento errado',
  'Mercadoria entregue com avaria na embalagem',
  'Divergência de preço entre pedido e nota fiscal',
  'Solicitação de segunda via de NF-e',
  'Atraso na entrega do último pedido',
  'Acesso ao portal de pedidos bloqueado',
  'Cobrança em duplicidade no mês',
  'Produto em falta no último pedido',
] as const;
