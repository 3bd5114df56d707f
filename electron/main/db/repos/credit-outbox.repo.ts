import type { CreditStatus } from '../../../../shared/ipc/dto/clients';
import type { Db } from '../connection';

export interface CreditOutboxRecord {
  id: number;
  idempotency_key: string;
  client_id: number;
  erp_code: string;
  credit_limit_cents: number;
  credit_status: CreditStatus;
  bureau_query_id: number | null;
  user_id: number | null;
  created_at: string;
  attempts: number;
  last_error: string | null;
  sent_at: string | null;
}

export function insertCreditOutbox(
  db: Db,
  e: {
    idempotencyKey: string;
    clientId: number;
    erpCode: string;
    limitCents: number;
    status: CreditStatus;
    bureauQueryId: number | null;
    userId: number;
    at: string;
  },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO credit_outbox (idempotency_key, client_id, erp_code, credit_limit_cents, credit_status,
           bureau_query_id, user_id, created_at)
         VALUES (@idempotencyKey, @clientId, @erpCode, @limitCents, @status, @bureauQueryId, @userId, @at)`,
      )
      .run(e).lastInsertRowid,
  );
}

export function listPendingCreditOutbox(db: Db, limit: number): CreditOutboxRecord[] {
  return db
    .prepare('SELECT * FROM credit_outbox WHERE sent_at IS NULL ORDER BY id LIMIT ?')
    .all(limit) as CreditOutboxRecord[];
}

export function markCreditOutboxSent(db: Db, id: number, at: string): void {
  db.prepare(
    'UPDATE credit_outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?',
  ).run(at, id);
}

export function markCreditOutboxFailed(db: Db, id: number, error: string): void {
  db.prepare('UPDATE credit_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?').run(error, id);
}

/** The newest credit change of a client the ERP has not confirmed yet (what the screens show). */
export function latestPendingCreditFor(db: Db, clientId: number): CreditOutboxRecord | undefined {
  return db
    .prepare('SELECT * FROM credit_outbox WHERE client_id = ? AND sent_at IS NULL ORDER BY id DESC LIMIT 1')
    .get(clientId) as CreditOutboxRecord | undefined;
}

/**
 * Whether a credit change of the client waits for the ERP or was confirmed at or after `sinceIso`:
 * then a live ERP answer asked for before that moment is older than what the console knows.
 */
export function creditChangedSince(db: Db, clientId: number, sinceIso: string): boolean {
  return (
    db
      .prepare(
        'SELECT 1 FROM credit_outbox WHERE client_id = ? AND (sent_at IS NULL OR sent_at >= ?) LIMIT 1',
      )
      .get(clientId, sinceIso) !== undefined
  );
}
