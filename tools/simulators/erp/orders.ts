/**
 * Sales orders waiting to be invoiced, with the ERP's credit evaluation (seed 003: "para que as
 * notas possam ser geradas, é imprescindível que os pedidos de venda sejam aprovados"). Each
 * client may have one or two open orders of the last 40 days; the credit situation follows from
 * the client's register and titles, as an ERP's credit rule would:
 *   BLOQUEADO client → CLIENTE_BLOQUEADO; limit 0 → SEM_LIMITE; open titles more than 10 days late →
 *   TITULOS_VENCIDOS; value above what is still available → LIMITE_EXCEDIDO; else LIBERADO.
 * Decisions (liberação / rejeição) and changes made "in the ERP" by tests live in the state and
 * overlay the generated rows, with a new alteradoEm (so an incremental read brings them).
 */
import { DEMO_REFERENCE_DATE } from '../../../db/seed/clients';
import { addDays } from '../../../shared/domain/dates';
import { createPrng } from '../../../shared/domain/prng';
import type { ClientFacts } from './client-source';
import { PRODUCTS, type GenericRow } from './commerce';
import { money } from './records';
import { isOpen, type SimTitle } from './titles';

export type CreditSituation = 'LIBERADO' | 'BLOQUEADO' | 'REJEITADO';
export type BlockReason = 'LIMITE_EXCEDIDO' | 'TITULOS_VENCIDOS' | 'CLIENTE_BLOQUEADO' | 'SEM_LIMITE';

/** What a decision or an ERP-side change put over a generated order. */
export interface OrderOverride {
  alteradoEm: string;
  situacaoCredito?: CreditSituation;
  motivoBloqueio?: BlockReason | null;
  decididoPor?: { login: string; nome: string } | null;
  decididoEm?: string | null;
  motivoRejeicao?: string | null;
  valorCents?: number;
  situacao?: 'ABERTO' | 'FATURADO' | 'CANCELADO';
}

/** Orders created through the test handle (a new block arriving with the next sync). */
export interface ExtraOrder {
  index: number;
  row: GenericRow;
  items: GenericRow[];
}

const at = (date: string): string => `${date}T17:30:00.000Z`;

/** Invoiced orders are P<index*4+1|2>; open ones P<OPEN_BASE + index*4 + 0..3>. */
const OPEN_BASE = 10_000_000;

/**
 * The demo client whose three open orders are all blocked (the by-client release of the
 * product document: "liberação dos pedidos de venda por pedido ou por cliente").
 */
export const THREE_BLOCKED_INDEX = 1;

export function orderOwner(numero: string): number | null {
  const m = /^P(\d+)$/.exec(numero);
  if (!m) return null;
  const n = Number(m[1]);
  if (n >= OPEN_BASE) return Math.floor((n - OPEN_BASE) / 4);
  return n >= 1 ? Math.floor((n - 1) / 4) : null;
}

type OrderFacts = Pick<
  ClientFacts,
  'index' | 'erpCode' | 'creditStatus' | 'creditLimitCents' | 'availableBalanceCents' | 'abcClass'
>;

/** Days a title may be late before the ERP's credit rule counts it (a common tolerance setting). */
export const OVERDUE_TOLERANCE_DAYS = 10;

export function hasOverdue(titles: SimTitle[], today: string = DEMO_REFERENCE_DATE): boolean {
  const limit = addDays(today, -OVERDUE_TOLERANCE_DAYS);
  return titles.some((t) => isOpen(t) && t.dueDate < limit);
}

/** The ERP's rule, for an order of `valueCents` when `availableCents` is still free. */
export function evaluateCredit(
  f: Pick<OrderFacts, 'creditStatus' | 'creditLimitCents'>,
  overdue: boolean,
  availableCents: number,
  valueCents: number,
): BlockReason | null {
  if (f.creditStatus === 'BLOQUEADO') return 'CLIENTE_BLOQUEADO';
  if (f.creditLimitCents <= 0) return 'SEM_LIMITE';
  if (overdue) return 'TITULOS_VENCIDOS';
  if (valueCents > availableCents) return 'LIMITE_EXCEDIDO';
  return null;
}

export interface OpenOrders {
  orders: GenericRow[];
  items: GenericRow[];
}

/** 0–2 open orders of one client (3 for THREE_BLOCKED_INDEX), evaluated oldest first against the balance still available. */
export function openOrdersFor(f: OrderFacts, titles: SimTitle[], seed: number): OpenOrders {
  const prng = createPrng((seed ^ Math.imul(f.index + 7, 0x45d9f3b)) >>> 0);
  const out: OpenOrders = { orders: [], items: [] };
  // About one client in four has orders waiting to be invoiced.
  const three = f.index === THREE_BLOCKED_INDEX;
  if (f.index !== 0 && !three && !prng.chance(0.25)) return out;
  const count = three ? 3 : prng.chance(0.3) ? 2 : 1;
  const overdue = hasOverdue(titles);
  const dates = Array.from({ length: count }, () => addDays(DEMO_REFERENCE_DATE, -prng.int(0, 40))).sort();
  let available = f.availableBalanceCents;
  dates.forEach((date, n) => {
    const numero = `P${OPEN_BASE + f.index * 4 + n}`;
    // Orders scale with the client's size; one in five goes past what is still available.
    const base = Math.max(f.creditLimitCents, 150_000);
    const above = three || prng.chance(0.2);
    const target = Math.max(
      5_000,
      above ? prng.int(available + 10_000, available + base / 2) : prng.int(base / 50, base / 4),
    );
    let total = 0;
    const lines = prng.int(1, 3);
    for (let k = 1; k <= lines; k++) {
      const [ean, descricao, price] = prng.pick(PRODUCTS);
      const quantidade = Math.max(1, Math.round(target / lines / price));
      total += quantidade * price;
      out.items.push({
        chave: `${numero}-${k}`,
        alteradoEm: at(date),
        pedido: numero,
        produto: ean,
        descricao,
        quantidade,
        valorUnitario: money(price),
      });
    }
    const reason = evaluateCredit(f, overdue, available, total);
    if (reason === null) available -= total;
    out.orders.push({
      chave: numero,
      alteradoEm: at(date),
      empresa: f.erpCode,
      data: date,
      vendedor: `V${String((f.index % 12) + 1).padStart(3, '0')}`,
      valorTotal: money(total),
      situacao: 'ABERTO',
      situacaoCredito: reason === null ? 'LIBERADO' : 'BLOQUEADO',
      motivoBloqueio: reason,
      decididoPor: null,
      decididoEm: null,
      motivoRejeicao: null,
    });
  });
  return out;
}

/** A generated order row with what decisions and ERP-side changes put over it. */
export function withOverride(row: GenericRow, o: OrderOverride | undefined): GenericRow {
  if (!o) return row;
  const { valorCents, ...rest } = o;
  return {
    ...row,
    ...rest,
    ...(valorCents !== undefined ? { valorTotal: money(valorCents) } : {}),
  };
}
