/**
 * Sends the analysts' decisions to the ERP (part of the ERP outbox, flushToErp) with the
 * decision's Idempotency-Key and the order version it was made on, and settles each by the
 * ERP's answer: applied (confirmed, the order takes the ERP's state), 409 (a clear conflict: the
 * ERP changed the order or someone released/rejected it there — told on the order and in
 * Histórico, nothing overwritten), 400/404/422 (refused). A transport failure leaves the
 * decision waiting for the next flush, with the same key.
 */
import { REJECT_REASON_LABEL, type RejectReason } from '../../../../shared/domain/credit-release';
import { formatBRL } from '../../../../shared/domain/money';
import { messageFor } from '../../../../shared/ipc/messages';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { insertAudit } from '../../db/repos/audit.repo';
import {
  markDecisionAttempt,
  pendingDecisions,
  settleDecision,
  type CreditDecisionRecord,
} from '../../db/repos/credit-order-decisions.repo';
import {
  applyErpOrderState,
  getOrderRecord,
  type CreditOrderRecord,
} from '../../db/repos/credit-orders.repo';
import { getUserById } from '../../db/repos/users.repo';
import { ErpFailure } from '../../gateways/erp/erp-errors';
import type { ErpGateway } from '../../gateways/erp/erp-gateway';
import type { ErpOrder } from '../../gateways/erp/erp-orders';
import { emitClientChanged } from '../clients/client-events';
import { emitOrdersChanged } from './credit-release-events';

const BATCH = 50;

/**
 * How the outbox writes its marks: on the local file (embedded), or as shared writes of the
 * floor (floorWrite, fenced by the outbox lease) that every seat's cache then follows.
 */
export interface OutboxWrite {
  central: boolean;
  run<T>(fn: () => T): Promise<T>;
  /** Aborted when the seat lost the outbox lease: stop sending. */
  signal?: AbortSignal;
}

export const LOCAL_OUTBOX_WRITE: OutboxWrite = { central: false, run: (fn) => Promise.resolve(fn()) };

function conflictMessage(local: CreditOrderRecord, code: string, erp: ErpOrder): string {
  if (code === 'PEDIDO_JA_LIBERADO' || code === 'PEDIDO_JA_REJEITADO' || erp.creditState !== 'blocked')
    return messageFor('creditRelease.erpAlreadySettled', {
      number: local.erp_key,
      kind: erp.creditState === 'rejected' ? 'reject' : 'release',
      by: erp.decidedBy ?? 'outro usuário do ERP',
      at: erp.decidedAt ?? erp.changedAt,
    });
  const what: string[] = [];
  if (erp.valueCents !== local.value_cents)
    what.push(`valor de ${formatBRL(local.value_cents)} para ${formatBRL(erp.valueCents)}`);
  if (erp.erpStatus !== local.erp_status) what.push(`situação ${erp.erpStatus}`);
  if (erp.blockReason !== local.block_reason) what.push('motivo do bloqueio');
  return messageFor('creditRelease.erpOrderChanged', {
    number: local.erp_key,
    what: what.length > 0 ? what.join(', ') : 'nova versão',
  });
}

function applyErp(core: Core, orderId: number, erp: ErpOrder, at: string): void {
  applyErpOrderState(core.db, orderId, {
    creditState: erp.creditState,
    blockReason: erp.blockReason,
    decidedBy: erp.decidedBy,
    decidedAt: erp.decidedAt,
    version: erp.changedAt,
    valueCents: erp.valueCents,
    erpStatus: erp.erpStatus,
    at,
  });
}

async function settle(
  core: Core,
  write: OutboxWrite,
  d: CreditDecisionRecord,
  order: CreditOrderRecord,
  outcome: { state: 'confirmed' | 'conflict' | 'failed'; message: string | null; erp: ErpOrder | null },
): Promise<void> {
  const at = core.now().toISOString();
  const verb = d.kind === 'release' ? 'Liberação' : 'Rejeição';
  const action =
    outcome.state === 'confirmed'
      ? `${verb} do pedido ${order.erp_key} confirmada pelo ERP`
      : `${verb} do pedido ${order.erp_key} não aplicada pelo ERP: ${outcome.message ?? ''}`;
  const decision = () => {
    settleDecision(core.db, d.id, outcome.state, outcome.message, at);
    const entry = {
      at,
      userId: null,
      userName: 'ERP',
      action,
      changes: { decisionId: { before: null, after: d.id } },
    };
    insertAudit(core.db, { ...entry, entity: 'credit_order', entityId: order.erp_key });
    // A decision that did not happen must be visible where the analyst saw it recorded.
    if (outcome.state !== 'confirmed' && d.client_id !== null)
      insertAudit(core.db, { ...entry, entity: 'client', entityId: d.client_id });
  };
  // Only an ERP answer at least as new as the local copy moves it (a sync may have gone further).
  const order_ = () => {
    if (outcome.erp && outcome.erp.changedAt >= (getOrderRecord(core.db, order.id)?.erp_version ?? ''))
      applyErp(core, order.id, outcome.erp, at);
  };
  if (write.central) {
    // The decision and its Histórico are the floor's; the order itself is the ERP sync's copy.
    await write.run(() => core.db.transaction(decision)());
    core.db.transaction(order_)();
  } else
    core.db.transaction(() => {
      decision();
      order_();
    })();
  emitOrdersChanged(core, [order.id], d.client_id === null ? [] : [d.client_id]);
  if (d.client_id !== null) emitClientChanged(core, d.client_id, ['credit']);
}

const reasonOf = (e: unknown): string => (e instanceof AppFailure ? e.message : 'falha inesperada');

/** One decision to the ERP; true when settled, else why the ERP could not be reached (stop the flush). */
async function sendOne(
  core: Core,
  erp: ErpGateway,
  write: OutboxWrite,
  d: CreditDecisionRecord,
): Promise<true | string> {
  const order = getOrderRecord(core.db, d.order_id);
  if (!order) {
    // On a floor seat whose cache lacks the order (not synced yet) the decision waits for a seat
    // that has it, rather than being refused for everyone.
    if (write.central) return messageFor('creditRelease.orderNotFound');
    settleDecision(
      core.db,
      d.id,
      'failed',
      messageFor('creditRelease.orderNotFound'),
      core.now().toISOString(),
    );
    return true;
  }
  const user = d.user_id === null ? undefined : getUserById(core.db, d.user_id);
  const reason = d.reject_reason ? REJECT_REASON_LABEL[d.reject_reason as RejectReason] : null;
  try {
    const r = await erp.decideOrder(order.erp_key, {
      kind: d.kind,
      expectedVersion: d.base_version,
      by: { login: user?.login ?? 'desconhecido', name: d.user_name },
      reason: reason === null ? null : d.note ? `${reason}: ${d.note}` : reason,
      note: d.note,
      idempotencyKey: d.idempotency_key,
    });
    if (r.kind === 'applied')
      await settle(core, write, d, order, { state: 'confirmed', message: null, erp: r.order });
    else
      await settle(core, write, d, order, {
        state: 'conflict',
        message: conflictMessage(order, r.code, r.order),
        erp: r.order,
      });
    return true;
  } catch (e) {
    if (e instanceof ErpFailure && !e.retryable && (e.code === 'VALIDATION' || e.code === 'NOT_FOUND')) {
      await settle(core, write, d, order, {
        state: 'failed',
        message: messageFor('creditRelease.erpRefused', { number: order.erp_key, reason: e.message }),
        erp: null,
      });
      return true;
    }
    await write
      .run(() => markDecisionAttempt(core.db, d.id, reasonOf(e), core.now().toISOString()))
      .catch(() => undefined);
    emitOrdersChanged(core, [order.id], d.client_id === null ? [] : [d.client_id]);
    return reasonOf(e);
  }
}

export async function flushOrderDecisions(
  core: Core,
  erp: ErpGateway,
  write: OutboxWrite = LOCAL_OUTBOX_WRITE,
): Promise<{ sent: number; problem: string | null }> {
  const done = { sent: 0, problem: null as string | null };
  for (const d of pendingDecisions(core.db, BATCH)) {
    if (write.signal?.aborted) break;
    let r: true | string;
    try {
      r = await sendOne(core, erp, write, d);
    } catch (e) {
      // A settle the central database refused (lease lost, unreachable): the next holder resends.
      r = reasonOf(e);
    }
    if (r !== true) {
      done.problem = r;
      break;
    }
    done.sent += 1;
  }
  return done;
}
