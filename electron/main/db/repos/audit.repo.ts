import type { AuditEntry } from '../../../../shared/ipc/dto/auth';
import { auditActionLabel, auditSubject } from '../../services/audit/audit-labels';
import type { Db } from '../connection';

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

export interface NewAuditEntry {
  at: string;
  userId: number | null;
  userName: string | null;
  entity: string;
  entityId: string | number;
  action: string;
  changes: FieldChanges;
}

/** Returns the new entry's id. */
export function insertAudit(db: Db, e: NewAuditEntry): number {
  return Number(
    db
      .prepare(
        `INSERT INTO audit_log (at, user_id, user_name, entity, entity_id, action, changes)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(e.at, e.userId, e.userName, e.entity, String(e.entityId), e.action, JSON.stringify(e.changes))
      .lastInsertRowid,
  );
}

/** A row of audit_log as SQLite returns it. */
export interface AuditRecord {
  id: number;
  at: string;
  user_id: number | null;
  user_name: string | null;
  entity: string;
  entity_id: string;
  action: string;
  changes: string;
  /** Current name of the client, user or group the row is about, when the query joins it. */
  entity_name?: string | null;
}

export const toAuditEntry = (r: AuditRecord): AuditEntry => ({
  id: r.id,
  at: r.at,
  userId: r.user_id,
  userName: r.user_name,
  entity: r.entity,
  entityId: r.entity_id,
  subject: auditSubject(r.entity, r.entity_id, r.entity_name ?? null),
  action: auditActionLabel(r.entity, r.action),
  changes: JSON.parse(r.changes) as FieldChanges,
});

export interface AuditFilter {
  userId?: number;
  entity?: string;
  entityId?: string;
  fromIso?: string;
  toIso?: string;
  offset: number;
  limit: number;
}

// One primary-key lookup per listed row (a page is at most 200), so Auditoria names what changed.
const ENTITY_NAME = `CASE entity
  WHEN 'client' THEN (SELECT legal_name FROM clients WHERE id = CAST(entity_id AS INTEGER))
  WHEN 'user' THEN (SELECT name FROM users WHERE id = CAST(entity_id AS INTEGER))
  WHEN 'group' THEN (SELECT name FROM user_groups WHERE id = CAST(entity_id AS INTEGER))
END`;

export function listAudit(db: Db, f: AuditFilter): { rows: AuditEntry[]; total: number } {
  const conditions: [string, unknown][] = [];
  if (f.userId !== undefined) conditions.push(['user_id = ?', f.userId]);
  if (f.entity !== undefined) conditions.push(['entity = ?', f.entity]);
  if (f.entityId !== undefined) conditions.push(['entity_id = ?', f.entityId]);
  if (f.fromIso !== undefined) conditions.push(['at >= ?', f.fromIso]);
  if (f.toIso !== undefined) conditions.push(['at < ?', f.toIso]);
  const where = conditions.map(([c]) => c);
  const params = conditions.map(([, v]) => v);
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_log ${clause}`).get(...params) as { n: number })
    .n;
  const rows = db
    .prepare(
      `SELECT *, ${ENTITY_NAME} AS entity_name FROM audit_log ${clause} ORDER BY id DESC LIMIT ? OFFSET ?`,
    )
    .all(...params, f.limit, f.offset) as AuditRecord[];
  return { rows: rows.map(toAuditEntry), total };
}

/** Only the fields whose value really changed, so Histórico shows what an agent did, not noise. */
export function diffFields<T extends object>(
  before: T | null,
  after: T | null,
  fields: (keyof T)[],
): FieldChanges {
  const out: FieldChanges = {};
  for (const f of fields) {
    const b = before ? before[f] : null;
    const a = after ? after[f] : null;
    if (JSON.stringify(b) !== JSON.stringify(a)) out[String(f)] = { before: b ?? null, after: a ?? null };
  }
  return out;
}
