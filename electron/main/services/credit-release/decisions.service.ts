/**
 * An analyst's release or rejection. The decision row (the ERP outbox entry with its
 * Idempotency-Key), the client's Histórico and the order's audit row commit together; the ERP
 * then confirms ("aguardando ERP" until it does). Of two analysts deciding the same order, the
 * first commit wins (one open decision per order); the other is told who decided.
 */
import { randomUUID } from 'node:crypto';
import {
  CREDIT_BLOCK_REASON_LABEL,
  ORDER_CREDIT_STATE_LABEL,
  REJECT_REASON_LABEL,
  type DecisionKind,
  type RejectReason,
} from '../../../../shared/domain/credit-release';
import { formatBRL } from '../../../../shared/domain/money';
import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type {
  ClientReleaseResult,
  CreditDecisionResult,
  CreditOrderRow,
} from '../../../../shared/ipc/dto/credit-release';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { insertAudit } from '../../db/repos/audit.repo';
import { getClientRecord } from '../../db/repos/clients.repo';
import { insertDecision, openDecisionOf } from '../../db/repos/credit-order-decisions.repo';
import {
  blockedClientOrders,
  getOrderListRecord,
  type CreditOrderListRecord,
} from '../../db/repos/credit-orders.repo';
import { emitClientChanged } from '../clients/client-events';
import { flushToErp } from '../credit/erp-sync';
import { emitOrdersChanged } from './credit-release-events';
import { toOneOrderRow, todayOf } from './order-rows';
import { assertMayRelease } from './release-rules';

interface Decision {
  kind: DecisionKind;
  rejectReason: RejectReason | null;
  note: string | null;
}

function checkDecidable(
  r: CreditOrderListRecord | undefined,
  expectedVersion: string,
): CreditOrderListRecord {
  if (!r) throw new AppFailure('creditRelease.orderNotFound');
  if (r.d_state === 'waiting_erp')
    throw new AppFailure('creditRelease.alreadyDecided', {
      number: r.erp_key,
      kind: r.d_kind ?? 'release',
      userName: r.d_user_name ?? '',
      at: r.d_created_at ?? '',
    });
  // The ERP confirmed a decision on the very version shown: this copy of the order has not
  // followed yet (floor mode: another seat's analyst decided it and that seat got the answer).
  if (r.d_state === 'confirmed' && r.d_base_version === r.erp_version && r.credit_state === 'blocked')
    throw new AppFailure('creditRelease.alreadyDecided', {
      number: r.erp_key,
      kind: r.d_kind ?? 'release',
      userName: r.d_user_name ?? '',
      at: r.d_created_at ?? '',
    });
  if (r.credit_state !== 'blocked') {
    if (r.decided_by && r.decided_at)
      throw new AppFailure('creditRelease.alreadyDecided', {
        number: r.erp_key,
        kind: r.credit_state === 'released' ? 'release' : 'reject',
        userName: r.decided_by ?? '',
        at: r.decided_at ?? '',
      });
    throw new AppFailure('creditRelease.notBlocked', {
      number: r.erp_key,
      state: ORDER_CREDIT_STATE_LABEL[r.credit_state],
    });
  }
  if (r.erp_version !== expectedVersion)
    throw new AppFailure('creditRelease.orderChanged', { number: r.erp_key });
  return r;
}

function actionOf(r: CreditOrderListRecord, d: Decision): string {
  const value = formatBRL(r.value_cents);
  const reason = r.block_reason ? CREDIT_BLOCK_REASON_LABEL[r.block_reason] : 'crédito';
  if (d.kind === 'release')
    return `Pedido ${r.erp_key} (${value}) liberado na Liberação de crédito (bloqueio: ${reason})`;
  const why = d.rejectReason ? REJECT_REASON_LABEL[d.rejectReason] : '';
  return `Pedido ${r.erp_key} (${value}) rejeitado na Liberação de crédito: ${why}${d.note ? ` — ${d.note}` : ''}`;
}

/** Inside a transaction: the outbox row, Histórico and audit. Throws the loser's conflict. */
function record(core: Core, user: SessionUser, r: CreditOrderListRecord, d: Decision, at: string): void {
  const id = insertDecision(core.db, {
    orderId: r.id,
    clientId: r.client_id,
    kind: d.kind,
    rejectReason: d.rejectReason,
    note: d.note,
    baseVersion: r.erp_version,
    valueCents: r.value_cents,
    idempotencyKey: randomUUID(),
    userId: user.id,
    userName: user.name,
    at,
  });
  if (id === null) {
    const winner = openDecisionOf(core.db, r.id);
    throw new AppFailure('creditRelease.alreadyDecided', {
      number: r.erp_key,
      kind: winner?.kind ?? 'release',
      userName: winner?.user_name ?? '',
      at: winner?.created_at ?? at,
    });
  }
  const changes = {
    order: { before: null, after: r.erp_key },
    valueCents: { before: null, after: r.value_cents },
    creditState: { before: 'blocked', after: d.kind === 'release' ? 'released' : 'rejected' },
    ...(r.block_reason ? { blockReason: { before: null, after: r.block_reason } } : {}),
    ...(d.rejectReason ? { rejectReason: { before: null, after: d.rejectReason } } : {}),
    ...(d.note ? { note: { before: null, after: d.note } } : {}),
  };
  const action = actionOf(r, d);
  if (r.client_id !== null)
    insertAudit(core.db, {
      at,
      userId: user.id,
      userName: user.name,
      entity: 'client',
      entityId: r.client_id,
      action,
      changes,
    });
  insertAudit(core.db, {
    at,
    userId: user.id,
    userName: user.name,
    entity: 'credit_order',
    entityId: r.erp_key,
    action,
    changes: { ...changes, decisionId: { before: null, after: id } },
  });
}

function announce(core: Core, orderIds: number[], clientId: number | null): void {
  emitOrdersChanged(core, orderIds, clientId === null ? [] : [clientId]);
  if (clientId !== null) emitClientChanged(core, clientId, ['credit']);
  void flushToErp(core);
}

function rowOf(core: Core, orderId: number): CreditOrderRow {
  return toOneOrderRow(
    core.db,
    getOrderListRecord(core.db, orderId) as CreditOrderListRecord,
    todayOf(core.now()),
  );
}

function decideOne(
  core: Core,
  user: SessionUser,
  orderId: number,
  expectedVersion: string,
  d: Decision,
): CreditDecisionResult {
  const at = core.now().toISOString();
  const clientId = core.db
    .transaction(() => {
      const r = checkDecidable(getOrderListRecord(core.db, orderId), expectedVersion);
      if (d.kind === 'release')
        assertMayRelease(
          core.db,
          user.id,
          [{ number: r.erp_key, valueCents: r.value_cents, clientErpCode: r.client_erp_code }],
          todayOf(core.now()),
        );
      record(core, user, r, d, at);
      return r.client_id;
    })
    .immediate();
  announce(core, [orderId], clientId);
  return { order: rowOf(core, orderId) };
}

export const releaseOrder = (
  core: Core,
  user: SessionUser,
  input: { orderId: number; expectedVersion: string },
): CreditDecisionResult =>
  decideOne(core, user, input.orderId, input.expectedVersion, {
    kind: 'release',
    rejectReason: null,
    note: null,
  });

export const rejectOrder = (
  core: Core,
  user: SessionUser,
  input: { orderId: number; expectedVersion: string; reason: RejectReason; note: string },
): CreditDecisionResult =>
  decideOne(core, user, input.orderId, input.expectedVersion, {
    kind: 'reject',
    rejectReason: input.reason,
    note: input.note === '' ? null : input.note,
  });

/**
 * Liberar todos os pedidos bloqueados deste cliente: exactly the orders the confirmation listed,
 * all or none. A new block, a decision by someone else or a changed version refuses the whole set.
 */
export function releaseClientOrders(
  core: Core,
  user: SessionUser,
  input: { clientId: number; orders: { orderId: number; expectedVersion: string }[] },
): ClientReleaseResult {
  const client = getClientRecord(core.db, input.clientId);
  if (!client) throw new AppFailure('clients.notFound');
  const at = core.now().toISOString();
  const today = todayOf(core.now());
  const ids = core.db
    .transaction(() => {
      const open = blockedClientOrders(core.db, client.erp_code).filter((r) => r.d_state !== 'waiting_erp');
      const asked = new Map(input.orders.map((o) => [o.orderId, o.expectedVersion]));
      for (const o of input.orders) {
        const r = getOrderListRecord(core.db, o.orderId);
        if (r && r.client_erp_code !== client.erp_code)
          throw new AppFailure('creditRelease.clientOrdersChanged');
        checkDecidable(r, o.expectedVersion);
      }
      if (open.length !== asked.size || open.some((r) => asked.get(r.id) !== r.erp_version))
        throw new AppFailure('creditRelease.clientOrdersChanged');
      assertMayRelease(
        core.db,
        user.id,
        open.map((r) => ({ number: r.erp_key, valueCents: r.value_cents, clientErpCode: r.client_erp_code })),
        today,
      );
      for (const r of open) record(core, user, r, { kind: 'release', rejectReason: null, note: null }, at);
      return open.map((r) => r.id);
    })
    .immediate();
  announce(core, ids, client.id);
  const orders = ids.map((id) => rowOf(core, id));
  return { orders, totalCents: orders.reduce((s, o) => s + o.valueCents, 0) };
}
