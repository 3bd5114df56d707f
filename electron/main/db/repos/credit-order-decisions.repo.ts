/** Liberação de crédito: the analysts' decisions, the ERP outbox of orders (credit_order_decisions). */
import type { DecisionKind, DecisionState, RejectReason } from '../../../../shared/domain/credit-release';
import type { Db } from '../connection';

export interface CreditDecisionRecord {
  id: number;
  order_id: number;
  client_id: number | null;
  kind: DecisionKind;
  state: DecisionState | 'confirmed';
  reject_reason: RejectReason | null;
  note: string | null;
  base_version: string;
  value_cents: number;
  idempotency_key: string;
  user_id: number | null;
  user_name: string;
  created_at: string;
  attempts: number;
  last_error: string | null;
  sent_at: string | null;
  settled_at: string | null;
  message: string | null;
}

export interface NewDecision {
  orderId: number;
  clientId: number | null;
  kind: DecisionKind;
  rejectReason: RejectReason | null;
  note: string | null;
  baseVersion: string;
  valueCents: number;
  idempotencyKey: string;
  userId: number;
  userName: string;
  at: string;
}

/** null when another decision of the order already waits for the ERP (the unique open index). */
export function insertDecision(db: Db, d: NewDecision): number | null {
  const r = db
    .prepare(
      `INSERT INTO credit_order_decisions (order_id, client_id, kind, state, reject_reason, note,
         base_version, value_cents, idempotency_key, user_id, user_name, created_at)
       VALUES (?, ?, ?, 'waiting_erp', ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    )
    .run(
      d.orderId,
      d.clientId,
      d.kind,
      d.rejectReason,
      d.note,
      d.baseVersion,
      d.valueCents,
      d.idempotencyKey,
      d.userId,
      d.userName,
      d.at,
    );
  return r.changes === 0 ? null : Number(r.lastInsertRowid);
}

export function openDecisionOf(db: Db, orderId: number): CreditDecisionRecord | undefined {
  return db
    .prepare("SELECT * FROM credit_order_decisions WHERE order_id = ? AND state = 'waiting_erp'")
    .get(orderId) as CreditDecisionRecord | undefined;
}

export function pendingDecisions(db: Db, limit: number): CreditDecisionRecord[] {
  return db
    .prepare("SELECT * FROM credit_order_decisions WHERE state = 'waiting_erp' ORDER BY id LIMIT ?")
    .all(limit) as CreditDecisionRecord[];
}

export function hasPendingDecisions(db: Db): boolean {
  return (
    db.prepare("SELECT 1 FROM credit_order_decisions WHERE state = 'waiting_erp' LIMIT 1").get() !== undefined
  );
}

export function markDecisionAttempt(db: Db, id: number, error: string | null, at: string): void {
  db.prepare(
    'UPDATE credit_order_decisions SET attempts = attempts + 1, last_error = ?, sent_at = ? WHERE id = ?',
  ).run(error, at, id);
}

export function settleDecision(
  db: Db,
  id: number,
  state: 'confirmed' | 'conflict' | 'failed',
  message: string | null,
  at: string,
): void {
  db.prepare(
    `UPDATE credit_order_decisions SET state = ?, message = ?, settled_at = ?, attempts = attempts + 1
     WHERE id = ? AND state = 'waiting_erp'`,
  ).run(state, message, at, id);
}
