/**
 * The showcase client 82467786 (Maximino Santin) as the product documents show it: José
 * Maximino responsible, Patrick Fonseca's e-mail, a planned call, an open support request.
 */
import type { ContactFields } from '../../shared/ipc/dto/client-contacts';
import type { DemoClientRecords, DemoProduct, DemoTicket } from './client-records';

const CONTACTS: ContactFields[] = [
  {
    name: 'José Maximino',
    initials: 'JM',
    company: 'Maximino Santin Comércio de Alimentos Ltda',
    role: 'Sócio-diretor',
    email: 'jose.maximino@maximinosantin.com.br',
    phone: '49999871234',
    tags: ['Diretor', 'Decisor'],
  },
  {
    name: 'Patrick Fonseca',
    initials: 'PF',
    company: 'Maximino Santin Comércio de Alimentos Ltda',
    role: 'Analista financeiro',
    email: 'patrick.fonseca@gmail.com',
    phone: '49988123456',
    tags: ['Financeiro'],
  },
  {
    name: 'Luciana Santin',
    initials: 'LS',
    company: 'Maximino Santin Comércio de Alimentos Ltda',
    role: 'Responsável de marketing',
    email: 'luciana.santin@maximinosantin.com.br',
    phone: '49991234567',
    tags: ['Responsável de Marketing'],
  },
  {
    name: 'Rosana Pereira',
    initials: 'RP',
    company: 'Escritório Contábil Oeste',
    role: 'Contadora',
    email: 'rosana@contabiloeste.com.br',
    phone: '4933224455',
    tags: ['Financeiro'],
  },
];

const TICKETS: DemoTicket[] = [
  {
    description: 'Boleto emitido com vencimento errado',
    progress: 40,
    status: 'open',
    openedAt: '2026-11-18T13:10:00.000Z',
    updatedAt: '2026-11-19T17:25:00.000Z',
    closedAt: null,
  },
  {
    description: 'Mercadoria entregue com avaria na embalagem',
    progress: 100,
    status: 'closed',
    openedAt: '2026-09-02T12:40:00.000Z',
    updatedAt: '2026-09-05T19:00:00.000Z',
    closedAt: '2026-09-05T19:00:00.000Z',
  },
];

export const SHOWCASE_PRODUCTS: DemoProduct[] = [
  {
    code: 'EXC-82467786-01',
    description: 'Café blend da casa 1 kg (marca própria Maximino)',
    details:
      'Torra média, embalagem com a marca do cliente. Produção mínima de 200 kg por pedido; prazo de 15 dias.',
    unit: 'KG',
    priceCents: 4_650,
    validUntil: '2027-06-30',
    category: 'Mercearia',
  },
  {
    code: 'EXC-82467786-02',
    description: 'Tarifação especial de frete - rota Oeste Catarinense',
    details:
      'Entregas semanais às segundas-feiras em Chapecó e região; válida enquanto o volume mensal passar de 8 t.',
    unit: 'SV',
    priceCents: 22_000,
    validUntil: null,
    category: 'Serviços adicionais',
  },
];

/** Replaces the generated contacts and tickets and adds the call planned in the product document. */
export function showcaseRecords(generated: DemoClientRecords): DemoClientRecords {
  return {
    ...generated,
    contacts: CONTACTS,
    tickets: TICKETS,
    activities: [
      ...generated.activities,
      {
        kind: 'call',
        title: 'Chamada - 82467786 MAXIMINO SANTIN',
        dueAt: '2026-11-25T13:00:00.000Z',
        status: 'open',
        doneAt: null,
        ownerName: 'Ana Souza',
        at: '2026-11-20T12:00:00.000Z',
      },
    ],
  };
}
