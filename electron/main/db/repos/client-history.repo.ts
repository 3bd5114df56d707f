import type { AuditEntry } from '../../../../shared/ipc/dto/auth';
import type { Db } from '../connection';
import { toAuditEntry, type AuditRecord, type FieldChanges } from './audit.repo';
import { prepared } from './client-statements.repo';

// Both statements walk audit_log_entity (entity, entity_id, id) backwards from the cursor.
export const CLIENT_HISTORY_SQL = {
  page: `SELECT * FROM audit_log WHERE entity = 'client' AND entity_id = ? AND id < ?
         ORDER BY id DESC LIMIT ?`,
  count: `SELECT count(*) AS n FROM audit_log WHERE entity = 'client' AND entity_id = ?`,
};

export function listClientHistory(db: Db, clientId: number, beforeId: number, limit: number): AuditEntry[] {
  return (prepared(db, CLIENT_HISTORY_SQL.page).all(String(clientId), beforeId, limit) as AuditRecord[]).map(
    toAuditEntry,
  );
}

export function countClientHistory(db: Db, clientId: number): number {
  return (prepared(db, CLIENT_HISTORY_SQL.count).get(String(clientId)) as { n: number }).n;
}

export function latestClientAudit(db: Db, clientId: number): AuditEntry | undefined {
  const r = prepared(
    db,
    `SELECT * FROM audit_log WHERE entity = 'client' AND entity_id = ? ORDER BY id DESC LIMIT 1`,
  ).get(String(clientId)) as AuditRecord | undefined;
  return r && toAuditEntry(r);
}

export function updateAuditEntry(db: Db, id: number, at: string, changes: FieldChanges): void {
  prepared(db, 'UPDATE audit_log SET at = ?, changes = ? WHERE id = ?').run(at, JSON.stringify(changes), id);
}
