import type { BureauQueryRow, BureauQueryStatus } from '../../../../shared/ipc/dto/bureau';
import type { PersonType } from '../../../../shared/ipc/dto/clients';
import type { Db } from '../connection';

export interface BureauQueryRecord {
  id: number;
  idempotency_key: string;
  client_id: number;
  document: string;
  person_type: PersonType;
  product_id: string;
  product_name: string;
  user_id: number | null;
  user_name: string;
  status: BureauQueryStatus;
  requested_at: string;
  finished_at: string | null;
  error_code: string | null;
  error_message: string | null;
  raw_result: string | null;
  bureau_query_id: string | null;
  score: number | null;
  risk: string | null;
  classification: string | null;
  suggested_limit_cents: number | null;
  approved: 0 | 1 | null;
  opinion: string | null;
  partial: 0 | 1;
  reused: 0 | 1;
  receivables_note: string | null;
  erp_posted_at: string | null;
}

export const toQueryRow = (r: BureauQueryRecord): BureauQueryRow => ({
  id: r.id,
  source: 'local',
  requestedAt: r.requested_at,
  userName: r.user_name,
  productId: r.product_id,
  productName: r.product_name,
  status: r.status,
  score: r.score,
  classification: r.classification,
  suggestedLimitCents: r.suggested_limit_cents,
  approved: r.approved === null ? null : r.approved === 1,
  opinion: r.opinion,
  hasResult: r.raw_result !== null,
  reused: r.reused === 1,
  errorMessage: r.error_message,
});

export interface NewBureauQuery {
  idempotencyKey: string;
  clientId: number;
  document: string;
  personType: PersonType;
  productId: string;
  productName: string;
  userId: number;
  userName: string;
  requestedAt: string;
  reused: boolean;
}

/** Throws SQLITE_CONSTRAINT_UNIQUE on a repeated key or a second in-flight query for client+product. */
export function insertPendingQuery(db: Db, q: NewBureauQuery): number {
  return Number(
    db
      .prepare(
        `INSERT INTO bureau_queries (idempotency_key, client_id, document, person_type, product_id, product_name,
           user_id, user_name, status, requested_at, reused)
         VALUES (@idempotencyKey, @clientId, @document, @personType, @productId, @productName, @userId, @userName,
           'pending', @requestedAt, @reused)`,
      )
      .run({ ...q, reused: q.reused ? 1 : 0 }).lastInsertRowid,
  );
}

export function getQueryByKey(db: Db, key: string): BureauQueryRecord | undefined {
  return db.prepare('SELECT * FROM bureau_queries WHERE idempotency_key = ?').get(key) as
    BureauQueryRecord | undefined;
}

export function getQuery(db: Db, id: number): BureauQueryRecord | undefined {
  return db.prepare('SELECT * FROM bureau_queries WHERE id = ?').get(id) as BureauQueryRecord | undefined;
}

export function listPendingQueries(db: Db): BureauQueryRecord[] {
  return db.prepare("SELECT * FROM bureau_queries WHERE status = 'pending'").all() as BureauQueryRecord[];
}

export interface QueryResultFields {
  finishedAt: string;
  rawResult: string;
  bureauQueryId: string | null;
  score: number | null;
  risk: string | null;
  classification: string | null;
  suggestedLimitCents: number | null;
  approved: boolean | null;
  opinion: string | null;
  partial: boolean;
}

/** Only a pending or unknown row can receive a result; returns false when it already had one. */
export function storeQueryResult(db: Db, id: number, f: QueryResultFields): boolean {
  return (
    db
      .prepare(
        `UPDATE bureau_queries SET status = 'succeeded', finished_at = @finishedAt, raw_result = @rawResult,
           bureau_query_id = @bureauQueryId, score = @score, risk = @risk, classification = @classification,
           suggested_limit_cents = @suggestedLimitCents, approved = @approved, opinion = @opinion,
           partial = @partial, error_code = NULL, error_message = NULL
         WHERE id = @id AND status IN ('pending', 'unknown')`,
      )
      .run({
        ...f,
        id,
        approved: f.approved === null ? null : f.approved ? 1 : 0,
        partial: f.partial ? 1 : 0,
      }).changes === 1
  );
}

/** pending → failed | unknown, or unknown → failed once the bureau confirms it has nothing. */
export function closeQuery(
  db: Db,
  id: number,
  status: 'failed' | 'unknown',
  f: { finishedAt: string; errorCode: string; errorMessage: string },
): boolean {
  return (
    db
      .prepare(
        `UPDATE bureau_queries SET status = @status, finished_at = @finishedAt, error_code = @errorCode,
           error_message = @errorMessage
         WHERE id = @id AND status IN ('pending', 'unknown')`,
      )
      .run({ ...f, id, status }).changes === 1
  );
}

export function setReceivablesNote(db: Db, id: number, note: string): void {
  db.prepare('UPDATE bureau_queries SET receivables_note = ? WHERE id = ?').run(note, id);
}

export function listClientQueries(db: Db, clientId: number): BureauQueryRecord[] {
  return db
    .prepare('SELECT * FROM bureau_queries WHERE client_id = ? ORDER BY requested_at DESC, id DESC')
    .all(clientId) as BureauQueryRecord[];
}

/** The newest query of the client since `sinceIso` that reached (or may have reached) the bureau. */
export function latestClientQuerySince(
  db: Db,
  clientId: number,
  sinceIso: string,
): BureauQueryRecord | undefined {
  return db
    .prepare(
      `SELECT * FROM bureau_queries WHERE client_id = ? AND requested_at >= ? AND status IN ('succeeded', 'unknown')
       ORDER BY requested_at DESC, id DESC LIMIT 1`,
    )
    .get(clientId, sinceIso) as BureauQueryRecord | undefined;
}

export function knownBureauQueryId(db: Db, bureauQueryId: string): boolean {
  return (
    db.prepare('SELECT 1 FROM bureau_queries WHERE bureau_query_id = ?').get(bureauQueryId) !== undefined
  );
}

export function listUnpostedQueries(db: Db, limit: number): BureauQueryRecord[] {
  return db
    .prepare(
      `SELECT * FROM bureau_queries WHERE erp_posted_at IS NULL AND status IN ('succeeded', 'unknown')
       ORDER BY id LIMIT ?`,
    )
    .all(limit) as BureauQueryRecord[];
}

export function markQueryPosted(db: Db, id: number, at: string): void {
  db.prepare('UPDATE bureau_queries SET erp_posted_at = ? WHERE id = ?').run(at, id);
}
