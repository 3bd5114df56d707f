/**
 * Liberação de crédito: the queue of orders the ERP blocked for credit, one order with the
 * client's position beside it, and the analyst's decisions (released/rejected through the ERP
 * outbox, "aguardando ERP" until the ERP confirms).
 */
import type {
  CreditBlockReason,
  DecisionKind,
  DecisionState,
  OrderCreditState,
  RejectReason,
} from '../../domain/credit-release';
import type { BureauQueryRow } from './bureau';
import type { Page } from './client-paging';
import type { FinancialSnapshot } from './finance';

/** A decision made in this console that the ERP has not confirmed yet (or refused). */
export interface PendingDecision {
  kind: DecisionKind;
  state: DecisionState;
  userName: string;
  /** When the analyst decided. */
  at: string;
  rejectReason: RejectReason | null;
  note: string | null;
  /** Conflict or refusal told in pt-BR (who/what changed in the ERP); null while waiting. */
  message: string | null;
}

/** One row of the queue (and of the client's Pedidos tab). */
export interface CreditOrderRow {
  orderId: number;
  /** The ERP's order number (`chave` of `pedido`), e.g. "P1234". */
  number: string;
  clientId: number | null;
  clientName: string;
  clientErpCode: string;
  /** Order date, AAAA-MM-DD (São Paulo). */
  date: string;
  /** Whole days since `date`, as of today in São Paulo. */
  ageDays: number;
  valueCents: number;
  sellerCode: string | null;
  sellerName: string | null;
  creditState: OrderCreditState;
  /** Set while creditState is 'blocked'. */
  blockReason: CreditBlockReason | null;
  /** The ERP's own order status: ABERTO, FATURADO, CANCELADO. */
  erpStatus: string;
  /** The ERP's version of the order (its alteradoEm); release/reject send it back. */
  version: string;
  decision: PendingDecision | null;
  /** Who settled the order and when, once the ERP confirmed it (released/rejected). */
  decidedBy: string | null;
  decidedAt: string | null;
}

export type CreditReasonCounts = Record<CreditBlockReason, number>;

/** Opaque keyset cursor: pass back `next` as `cursor`. */
export type CreditQueueCursor = string;

/** A page of the queue; `counts`/`waiting` always describe the whole filtered-by-client queue. */
export interface CreditQueuePage extends Page<CreditOrderRow, CreditQueueCursor> {
  /** Blocked orders per reason, with every filter except `reasons` applied. */
  counts: CreditReasonCounts;
}

export interface CreditWaitingCount {
  /** Blocked orders with no decision yet: the top bar badge. */
  waiting: number;
  /** Decisions still waiting for the ERP (or in conflict). */
  awaitingErp: number;
}

export interface CreditSeller {
  code: string;
  name: string;
}

export interface CreditOrderItem {
  key: string;
  productCode: string;
  description: string;
  quantity: number;
  unitPriceCents: number;
  totalCents: number;
}

/** Titles of a client (from the synced receivables). */
export interface TitlesSummary {
  count: number;
  totalCents: number;
}

/** "Posição do cliente" beside an order. */
export interface ClientCreditPosition {
  clientId: number;
  name: string;
  document: string;
  erpCode: string;
  /** The one credit picture (limit, available balance, situation, "aguardando ERP"). */
  picture: FinancialSnapshot;
  openTitles: TitlesSummary;
  overdueTitles: TitlesSummary & {
    /** Days the oldest overdue title is late; null without overdue titles. */
    oldestDelayDays: number | null;
  };
  /** Average delay in days of the titles paid in the last 12 months (0 = on time); null: none paid. */
  averageDelayDays12m: number | null;
  largestPurchase: { valueCents: number; date: string } | null;
  lastPayment: { date: string; amountCents: number } | null;
  /** The client's latest Deps query (any result), with its date. */
  lastBureau: BureauQueryRow | null;
  /** Every blocked order of this client (count and total), this one included. */
  blockedOrders: TitlesSummary;
}

export interface CreditOrderDetail {
  order: CreditOrderRow;
  items: CreditOrderItem[];
  position: ClientCreditPosition | null;
  /** availableBalance - order value: negative means the order is above what is available. */
  balanceAfterCents: number | null;
  /** What stops this analyst from releasing it (caps/rules), in pt-BR; null when allowed. */
  releaseRefusal: string | null;
}

/** Answer of a release or rejection: the order as it stands now ("aguardando ERP"). */
export interface CreditDecisionResult {
  order: CreditOrderRow;
}

/** What "Liberar todos os pedidos bloqueados deste cliente" would release. */
export interface ClientReleasePreview {
  clientId: number;
  clientName: string;
  /** Blocked orders without a decision, newest first. Confirm with exactly these. */
  orders: CreditOrderRow[];
  totalCents: number;
  /** Set when a cap or rule stops this analyst from releasing all of them; names the rule. */
  refusal: string | null;
}

export interface ClientReleaseResult {
  orders: CreditOrderRow[];
  totalCents: number;
}

/** Main -> renderer: orders changed (sync, a decision here or elsewhere, an ERP answer). */
export interface CreditOrdersChanged {
  /** null: a sync touched many orders; refetch everything credit-release. */
  orderIds: number[] | null;
  clientIds: number[] | null;
}
