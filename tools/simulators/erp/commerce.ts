/**
 * The ERP tables the console only caches (orders, invoices, quotes, brands, sellers,
 * suppliers), derived per client from its index like the titles, so every page is
 * reproducible and nothing is kept in memory.
 */
import { DEMO_REFERENCE_DATE } from '../../../db/seed/clients';
import { cnpjCheckDigits } from '../../../shared/domain/document';
import { addDays } from '../../../shared/domain/dates';
import { createPrng } from '../../../shared/domain/prng';
import type { ClientFacts } from './client-source';

export type GenericRow = { chave: string; alteradoEm: string } & Record<string, unknown>;

const at = (date: string): string => `${date}T17:30:00.000Z`;
const money = (cents: number): string => (cents / 100).toFixed(2);

const SELLER_NAMES = [
  'Ana Paula Ribeiro',
  'Bruno Carvalho',
  'Carla Menezes',
  'Diego Fontana',
  'Elaine Schmitt',
  'Fábio Zanella',
  'Gabriela Rocha',
  'Henrique Baldissera',
  'Isabela Tomasi',
  'Jorge Pereira',
  'Karina Lopes',
  'Leandro Dal Pizzol',
];
const BRANDS = ['Sabor do Sul', 'Campo Verde', 'Serra Azul', 'Nutrimais', 'Dona Benta Oeste'];
export const PRODUCTS = [
  ['7891000100103', 'Farinha de trigo tipo 1 5 kg', 1_890],
  ['7891000053508', 'Açúcar cristal 5 kg', 2_249],
  ['7896005800027', 'Arroz parboilizado 5 kg', 2_790],
  ['7896102000121', 'Feijão carioca 1 kg', 849],
  ['7891107101621', 'Óleo de soja 900 ml', 799],
  ['7891910000197', 'Café torrado e moído 500 g', 1_899],
  ['7896036090244', 'Leite UHT integral 1 l', 549],
  ['7891079000229', 'Macarrão espaguete 500 g', 459],
] as const;

export const SELLERS: GenericRow[] = SELLER_NAMES.map((nome, i) => ({
  chave: `V${String(i + 1).padStart(3, '0')}`,
  alteradoEm: at('2026-01-05'),
  nome,
  email: `${nome.split(' ')[0]?.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')}@distribuidora-exemplo.com.br`,
  ativo: i !== 11,
}));

export const SUPPLIERS: GenericRow[] = Array.from({ length: 30 }, (_, i) => {
  const base = `${String(11_222_333 + i * 7_919).padStart(8, '0')}0001`;
  return {
    chave: `F${String(i + 1).padStart(4, '0')}`,
    alteradoEm: at('2025-06-02'),
    razaoSocial: `Fornecedor ${BRANDS[i % BRANDS.length]} ${i + 1} Ltda`,
    cnpj: base + cnpjCheckDigits(base),
    cidade: i % 2 ? 'Chapecó' : 'Joinville',
    uf: 'SC',
  };
});

export interface ClientCommerce {
  brands: GenericRow[];
  orders: GenericRow[];
  orderItems: GenericRow[];
  invoices: GenericRow[];
  invoiceItems: GenericRow[];
  quotes: GenericRow[];
  quoteItems: GenericRow[];
}

type CommerceFacts = Pick<ClientFacts, 'index' | 'erpCode' | 'personType' | 'lastPurchaseDate'>;

/** Orders fall in the last two years; the latest is the client's "data do último pedido". */
export function commerceFor(f: CommerceFacts, seed: number): ClientCommerce {
  const prng = createPrng((seed ^ Math.imul(f.index + 1, 0x27d4eb2d)) >>> 0);
  const out: ClientCommerce = {
    brands: [],
    orders: [],
    orderItems: [],
    invoices: [],
    invoiceItems: [],
    quotes: [],
    quoteItems: [],
  };
  if (f.personType === 'J') {
    const first = prng.int(0, BRANDS.length - 1);
    for (let b = 0; b < prng.int(1, 2); b++) {
      const marca = BRANDS[(first + b) % BRANDS.length] as string;
      out.brands.push({
        chave: `${f.erpCode}-${b + 1}`,
        alteradoEm: at('2026-02-01'),
        empresa: f.erpCode,
        marca,
        situacao: prng.chance(0.85) ? 'ATIVA' : 'INATIVA',
      });
    }
  }
  const seller = (SELLERS[f.index % SELLERS.length] as GenericRow).chave;
  const items = (prefix: string, parentKey: string, parentField: string, date: string) => {
    const rows: GenericRow[] = [];
    let total = 0;
    for (let k = 1; k <= prng.int(1, 3); k++) {
      const [ean, descricao, price] = prng.pick(PRODUCTS);
      const quantidade = prng.int(1, 40);
      total += quantidade * price;
      rows.push({
        chave: `${prefix}-${k}`,
        alteradoEm: at(date),
        [parentField]: parentKey,
        produto: ean,
        descricao,
        quantidade,
        valorUnitario: money(price),
      });
    }
    return { rows, total };
  };
  if (f.lastPurchaseDate) {
    const dates = [f.lastPurchaseDate];
    if (prng.chance(0.5)) dates.unshift(addDays(f.lastPurchaseDate, -prng.int(20, 300)));
    dates.forEach((date, n) => {
      const numero = `P${f.index * 4 + n + 1}`;
      const it = items(numero, numero, 'pedido', date);
      out.orders.push({
        chave: numero,
        alteradoEm: at(date),
        empresa: f.erpCode,
        data: date,
        vendedor: seller,
        valorTotal: money(it.total),
        situacao: 'FATURADO',
        // Invoiced, so its credit was released (automatically or by an analyst).
        situacaoCredito: 'LIBERADO',
        motivoBloqueio: null,
        decididoPor: null,
        decididoEm: null,
        motivoRejeicao: null,
      });
      out.orderItems.push(...it.rows);
      const issued = invoiceDateOf(f.index, date);
      const nf = `N${f.index * 4 + n + 1}`;
      out.invoices.push({
        chave: nf,
        alteradoEm: at(issued),
        empresa: f.erpCode,
        pedido: numero,
        serie: '1',
        emissao: issued,
        valor: money(it.total),
      });
      for (const { chave, pedido: _order, ...item } of it.rows)
        out.invoiceItems.push({
          ...item,
          chave: `${nf}-${chave.split('-')[1]}`,
          alteradoEm: at(issued),
          nota: nf,
        });
    });
  }
  if (prng.chance(0.15)) {
    const date = addDays(DEMO_REFERENCE_DATE, -prng.int(0, 60));
    const numero = `C${f.index + 1}`;
    const it = items(numero, numero, 'cotacao', date);
    out.quotes.push({
      chave: numero,
      alteradoEm: at(date),
      empresa: f.erpCode,
      data: date,
      vendedor: seller,
      valorTotal: money(it.total),
      validade: addDays(date, 15),
    });
    out.quoteItems.push(...it.rows);
  }
  return out;
}

// An order is invoiced 0-9 days after it was placed (the showcase client: 9, as in the product document).
function invoiceDateOf(index: number, orderDate: string): string {
  const d = addDays(orderDate, index === 0 ? 9 : index % 10);
  return d <= DEMO_REFERENCE_DATE ? d : DEMO_REFERENCE_DATE;
}

/** "Data do último faturamento": the invoice of the latest order. */
export const lastInvoiceDate = (f: Pick<ClientFacts, 'index' | 'lastPurchaseDate'>): string | null =>
  f.lastPurchaseDate ? invoiceDateOf(f.index, f.lastPurchaseDate) : null;
