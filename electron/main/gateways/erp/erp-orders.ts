/**
 * Sales orders and their credit situation (`pedido`): the ERP's JSON to the console's English
 * values, and the credit decisions (liberação / rejeição) written back with Idempotency-Key.
 * A 409 is an answer here, not a failure: it carries the order as the ERP has it now.
 */
import { z } from 'zod';
import type { CreditBlockReason, OrderCreditState } from '../../../../shared/domain/credit-release';
import type { ErpActor } from './erp-gateway';

const instant = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
    'instante fora do formato ISO 8601',
  )
  .transform((s) => new Date(s).toISOString());
const moneyText = z.string().regex(/^-?\d{1,13}\.\d{2}$/, 'valor fora do formato "1234.56"');
const toCents = (m: string): number => {
  const [whole, frac] = m.replace('-', '').split('.') as [string, string];
  const v = Number(whole) * 100 + Number(frac);
  return m.startsWith('-') ? -v : v;
};

const CREDIT_STATE: Record<string, OrderCreditState> = {
  LIBERADO: 'released',
  BLOQUEADO: 'blocked',
  REJEITADO: 'rejected',
};
const BLOCK_REASON: Record<string, CreditBlockReason> = {
  LIMITE_EXCEDIDO: 'limit_exceeded',
  TITULOS_VENCIDOS: 'overdue_titles',
  CLIENTE_BLOQUEADO: 'client_blocked',
  SEM_LIMITE: 'no_limit',
};

export const orderRowSchema = z.looseObject({
  chave: z.string().min(1),
  alteradoEm: instant,
  empresa: z.string().min(1),
  data: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  vendedor: z.string().nullable().optional(),
  valorTotal: moneyText,
  situacao: z.string().min(1),
  situacaoCredito: z.enum(['LIBERADO', 'BLOQUEADO', 'REJEITADO']).optional(),
  motivoBloqueio: z
    .enum(['LIMITE_EXCEDIDO', 'TITULOS_VENCIDOS', 'CLIENTE_BLOQUEADO', 'SEM_LIMITE'])
    .nullable()
    .optional(),
  decididoPor: z.object({ login: z.string(), nome: z.string() }).nullable().optional(),
  decididoEm: instant.nullable().optional(),
  motivoRejeicao: z.string().nullable().optional(),
});

export const orderItemRowSchema = z.looseObject({
  chave: z.string().min(1),
  alteradoEm: instant,
  pedido: z.string().min(1),
  produto: z.string(),
  descricao: z.string(),
  quantidade: z.number().int(),
  valorUnitario: moneyText,
});

/** One order as the console keeps it. */
export interface ErpOrder {
  number: string;
  changedAt: string;
  clientErpCode: string;
  date: string;
  sellerCode: string | null;
  valueCents: number;
  erpStatus: string;
  /** An ERP without credit evaluation (older versions) sends none: its orders count as released. */
  creditState: OrderCreditState;
  blockReason: CreditBlockReason | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

export interface ErpOrderItem {
  key: string;
  changedAt: string;
  orderNumber: string;
  productCode: string;
  description: string;
  quantity: number;
  unitPriceCents: number;
}

export function toErpOrder(r: z.output<typeof orderRowSchema>): ErpOrder {
  const creditState = CREDIT_STATE[r.situacaoCredito ?? 'LIBERADO'] ?? 'released';
  return {
    number: r.chave,
    changedAt: r.alteradoEm,
    clientErpCode: r.empresa,
    date: r.data,
    sellerCode: r.vendedor ?? null,
    valueCents: toCents(r.valorTotal),
    erpStatus: r.situacao,
    creditState,
    blockReason:
      creditState === 'blocked'
        ? (BLOCK_REASON[r.motivoBloqueio ?? 'LIMITE_EXCEDIDO'] ?? 'limit_exceeded')
        : null,
    decidedBy: r.decididoPor?.nome ?? null,
    decidedAt: r.decididoEm ?? null,
  };
}

export const toErpOrderItem = (r: z.output<typeof orderItemRowSchema>): ErpOrderItem => ({
  key: r.chave,
  changedAt: r.alteradoEm,
  orderNumber: r.pedido,
  productCode: r.produto,
  description: r.descricao,
  quantity: r.quantidade,
  unitPriceCents: toCents(r.valorUnitario),
});

/** Parses a generic `pedido` / `itens-pedido` row (the sync stores these in their own tables). */
export function parseOrderRow(data: Record<string, unknown>): ErpOrder | null {
  const r = orderRowSchema.safeParse(data);
  return r.success ? toErpOrder(r.data) : null;
}

export function parseOrderItemRow(data: Record<string, unknown>): ErpOrderItem | null {
  const r = orderItemRowSchema.safeParse(data);
  return r.success ? toErpOrderItem(r.data) : null;
}

export interface ErpOrderDecision {
  kind: 'release' | 'reject';
  /** The order version (alteradoEm) the analyst decided on. */
  expectedVersion: string;
  by: ErpActor;
  /** Rejection reason (label and free text), required by the ERP for a rejection. */
  reason: string | null;
  note: string | null;
  idempotencyKey: string;
}

/**
 * `applied`: the ERP took the decision; `conflict`: it refused with 409 — the order changed
 * (VERSAO_DIVERGENTE), was already released/rejected there, or is no longer open.
 */
export type ErpOrderDecisionResult =
  { kind: 'applied'; order: ErpOrder } | { kind: 'conflict'; code: string; message: string; order: ErpOrder };

export interface ErpOrderGateway {
  decideOrder(number: string, decision: ErpOrderDecision): Promise<ErpOrderDecisionResult>;
}

const decisionSchema = z.union([
  z.object({ pedido: orderRowSchema }),
  z.object({ codigo: z.string(), mensagem: z.string(), atual: orderRowSchema }),
]);

type Request = <S extends z.ZodType>(spec: {
  method: 'POST';
  path: string;
  schema: S;
  body: unknown;
  idempotencyKey: string;
  acceptStatus?: number[];
}) => Promise<z.output<S>>;

export function orderMethods(request: Request): ErpOrderGateway {
  return {
    async decideOrder(number, d) {
      const release = d.kind === 'release';
      const r = await request({
        method: 'POST',
        path: `/v1/pedidos/${encodeURIComponent(number)}/${release ? 'liberacao-credito' : 'rejeicao-credito'}`,
        schema: decisionSchema,
        idempotencyKey: d.idempotencyKey,
        acceptStatus: [409],
        body: {
          versaoEsperada: d.expectedVersion,
          [release ? 'liberadoPor' : 'rejeitadoPor']: { login: d.by.login, nome: d.by.name },
          ...(release ? {} : { motivo: d.reason ?? '' }),
          ...(d.note ? { observacao: d.note } : {}),
        },
      });
      return 'atual' in r
        ? { kind: 'conflict', code: r.codigo, message: r.mensagem, order: toErpOrder(r.atual) }
        : { kind: 'applied', order: toErpOrder(r.pedido) };
    },
  };
}
