import type { Db } from '../connection';
import { prepared } from './client-statements.repo';

export interface InboundCallRecord {
  id: number;
  user_id: number;
  phone: string;
  client_id: number | null;
  received_at: string;
  status: 'draft' | 'confirmed' | 'discarded';
  activity_id: number | null;
  client_erp_code: string | null;
  client_name: string | null;
}

const SELECT = `SELECT i.*, c.erp_code AS client_erp_code, coalesce(c.trade_name, c.legal_name) AS client_name
  FROM inbound_calls i LEFT JOIN clients c ON c.id = i.client_id`;

export function insertInboundCall(
  db: Db,
  call: { userId: number; phone: string; clientId: number | null; at: string },
): number {
  return Number(
    prepared(
      db,
      'INSERT INTO inbound_calls (user_id, phone, client_id, received_at) VALUES (@userId, @phone, @clientId, @at)',
    ).run(call).lastInsertRowid,
  );
}

export function getInboundCall(db: Db, id: number): InboundCallRecord | undefined {
  return prepared(db, `${SELECT} WHERE i.id = ?`).get(id) as InboundCallRecord | undefined;
}

/** The user's calls still waiting to be recorded or discarded, newest first. */
export function listCallDrafts(db: Db, userId: number, limit: number): InboundCallRecord[] {
  return prepared(
    db,
    `${SELECT} WHERE i.user_id = ? AND i.status = 'draft' ORDER BY i.received_at DESC, i.id DESC LIMIT ?`,
  ).all(userId, limit) as InboundCallRecord[];
}

export function countCallDrafts(db: Db, userId: number): number {
  return prepared(db, "SELECT count(*) FROM inbound_calls WHERE user_id = ? AND status = 'draft'")
    .pluck()
    .get(userId) as number;
}

export function setInboundCallClient(db: Db, id: number, clientId: number): void {
  prepared(db, 'UPDATE inbound_calls SET client_id = ? WHERE id = ?').run(clientId, id);
}

export function settleInboundCall(
  db: Db,
  id: number,
  s: { status: 'confirmed' | 'discarded'; activityId: number | null; at: string },
): void {
  prepared(
    db,
    'UPDATE inbound_calls SET status = @status, activity_id = @activityId, settled_at = @at WHERE id = @id',
  ).run({ id, ...s });
}
