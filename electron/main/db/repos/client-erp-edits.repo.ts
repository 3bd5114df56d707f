import type { Db } from '../connection';
import { prepared } from './client-statements.repo';

export type ErpEditState = 'pending' | 'conflict' | 'rejected';
/** How an edit ended (db/migrations/0560): null while it is open or shows a rejection. */
export type ErpEditClosed = 'confirmed' | 'withdrawn';

/** A row of client_erp_edits as SQLite returns it (JSON columns still text). */
export interface ClientErpEditRecord {
  id: number;
  client_id: number;
  erp_code: string;
  target: string;
  fields: string;
  erp_fields: string;
  base_version: string | null;
  idempotency_key: string;
  state: ErpEditState;
  conflict_fields: string | null;
  conflict_version: string | null;
  message: string | null;
  user_id: number | null;
  user_name: string | null;
  created_at: string;
  sent_at: string | null;
  attempts: number;
  last_error: string | null;
  closed: ErpEditClosed | null;
}

/** The client's live edit of `target` (open or showing a rejection); a closed one is history. */
export const getClientErpEdit = (db: Db, clientId: number, target: string): ClientErpEditRecord | undefined =>
  prepared(db, 'SELECT * FROM client_erp_edits WHERE client_id = ? AND target = ? AND closed IS NULL').get(
    clientId,
    target,
  ) as ClientErpEditRecord | undefined;

export const getClientErpEditById = (db: Db, id: number): ClientErpEditRecord | undefined =>
  prepared(db, 'SELECT * FROM client_erp_edits WHERE id = ?').get(id) as ClientErpEditRecord | undefined;

export const listClientErpEdits = (db: Db, clientId: number): ClientErpEditRecord[] =>
  prepared(db, 'SELECT * FROM client_erp_edits WHERE client_id = ? AND closed IS NULL ORDER BY id').all(
    clientId,
  ) as ClientErpEditRecord[];

export const listWaitingErpEdits = (db: Db, limit: number): ClientErpEditRecord[] =>
  prepared(
    db,
    `SELECT * FROM client_erp_edits WHERE state = 'pending' AND closed IS NULL ORDER BY id LIMIT ?`,
  ).all(limit) as ClientErpEditRecord[];

/** Register edits that a sync must not overwrite, for the ERP codes of one page. */
export const listOpenRegisterEdits = (db: Db, erpCodesJson: string): ClientErpEditRecord[] =>
  prepared(
    db,
    `SELECT * FROM client_erp_edits WHERE state IN ('pending', 'conflict') AND closed IS NULL
       AND target = 'client' AND erp_code IN (SELECT value FROM json_each(?))`,
  ).all(erpCodesJson) as ClientErpEditRecord[];

export interface ErpEditWrite {
  clientId: number;
  erpCode: string;
  target: string;
  fields: Record<string, unknown>;
  erpFields: Record<string, unknown>;
  baseVersion: string | null;
  idempotencyKey: string;
  userId: number | null;
  userName: string | null;
  at: string;
}

/** One row per client and target: a new edit replaces what was there (merged by the caller). */
export function saveClientErpEdit(db: Db, w: ErpEditWrite): void {
  prepared(
    db,
    `INSERT INTO client_erp_edits (client_id, erp_code, target, fields, erp_fields, base_version, idempotency_key,
       state, user_id, user_name, created_at)
     VALUES (@clientId, @erpCode, @target, @fields, @erpFields, @baseVersion, @idempotencyKey, 'pending',
       @userId, @userName, @at)
     ON CONFLICT (client_id, target) DO UPDATE SET fields = excluded.fields, erp_fields = excluded.erp_fields,
       base_version = excluded.base_version, idempotency_key = excluded.idempotency_key, state = 'pending',
       conflict_fields = NULL, conflict_version = NULL, message = NULL, user_id = excluded.user_id,
       user_name = excluded.user_name, created_at = excluded.created_at, sent_at = NULL, attempts = 0,
       last_error = NULL, closed = NULL`,
  ).run({ ...w, fields: JSON.stringify(w.fields), erpFields: JSON.stringify(w.erpFields) });
}

/**
 * Ends an edit; the row stays (one per client and target, reopened by the next edit) so a seat
 * following the floor tells a confirmation from a withdrawal. `version`: the ERP's after it
 * took the edit.
 */
export const closeClientErpEdit = (db: Db, id: number, how: ErpEditClosed, version: string | null = null) =>
  void prepared(
    db,
    'UPDATE client_erp_edits SET closed = ?, base_version = coalesce(?, base_version) WHERE id = ?',
  ).run(how, version, id);

export const markErpEditSending = (db: Db, id: number, at: string): void =>
  void prepared(db, 'UPDATE client_erp_edits SET sent_at = ?, attempts = attempts + 1 WHERE id = ?').run(
    at,
    id,
  );

export const markErpEditFailed = (db: Db, id: number, error: string): void =>
  void prepared(db, 'UPDATE client_erp_edits SET last_error = ? WHERE id = ?').run(error, id);

export function markErpEditConflict(
  db: Db,
  id: number,
  conflictFields: Record<string, unknown>,
  version: string,
  message: string | null,
): void {
  prepared(
    db,
    `UPDATE client_erp_edits SET state = 'conflict', conflict_fields = ?, conflict_version = ?, message = ?
     WHERE id = ?`,
  ).run(JSON.stringify(conflictFields), version, message, id);
}

export const markErpEditRejected = (db: Db, id: number, message: string): void =>
  void prepared(db, `UPDATE client_erp_edits SET state = 'rejected', message = ? WHERE id = ?`).run(
    message,
    id,
  );

/** The ERP took an edit made over an older version: the next send must name the version it holds now. */
export const rebaseErpEdit = (
  db: Db,
  id: number,
  version: string,
  erpFields: Record<string, unknown>,
): void =>
  void prepared(db, 'UPDATE client_erp_edits SET base_version = ?, erp_fields = ? WHERE id = ?').run(
    version,
    JSON.stringify(erpFields),
    id,
  );

export const setClientErpVersion = (db: Db, clientId: number, version: string): void =>
  void prepared(db, 'UPDATE clients SET erp_version = ? WHERE id = ?').run(version, clientId);

export const hasWaitingErpEdits = (db: Db): boolean =>
  prepared(db, `SELECT 1 FROM client_erp_edits WHERE state = 'pending' AND closed IS NULL LIMIT 1`).get() !==
  undefined;
