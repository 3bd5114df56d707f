/**
 * Histórico (audit_log) entries of changes the floor makes on the central database (settings,
 * users, groups): written to the central audit_log in the same transaction as the change, so an
 * admin on any seat sees "Usuário criado por X" made on another; every seat's cache gets them
 * through the change feed (audit_log is on it), like the client records' entries.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { NewAuditEntry } from '../../db/repos/audit.repo';
import type { SharedSchema } from '../shared-schema';

/** A row of audit_log without its id, as both engines hold it. */
export interface AuditRowValues {
  at: string;
  user_id: number | null;
  user_name: string | null;
  entity: string;
  entity_id: string;
  action: string;
  changes: string;
}

export const auditRowOf = (e: NewAuditEntry): AuditRowValues => ({
  at: e.at,
  user_id: e.userId,
  user_name: e.userName,
  entity: e.entity,
  entity_id: String(e.entityId),
  action: e.action,
  changes: JSON.stringify(e.changes),
});

/** floor_row_ids hands out blocks of 100 (db/floor-migrations/0100). */
const BLOCK = 100;

/**
 * Inserts the entries with ids of a block only this call uses (the same ids floorWrite takes),
 * so two seats writing at once never collide.
 */
export async function insertCentralAudit(
  trx: Transaction<SharedSchema> | Kysely<SharedSchema>,
  rows: AuditRowValues[],
): Promise<void> {
  if (rows.length === 0) return;
  if (rows.length > BLOCK) throw new Error(`at most ${BLOCK} audit_log rows per change`);
  const first = Number(
    (await sql<{ id: string }>`SELECT nextval('floor_row_ids') AS id`.execute(trx)).rows[0]?.id,
  );
  await trx
    .insertInto('audit_log')
    .values(rows.map((r, i) => ({ ...r, id: first + i })))
    .execute();
}

/** One Histórico entry of a change `actor` made at `at` (the admin screens' case). */
export const insertCentralChange = (
  trx: Transaction<SharedSchema> | Kysely<SharedSchema>,
  at: string,
  actor: { id: number; name: string },
  entry: Pick<NewAuditEntry, 'entity' | 'entityId' | 'action' | 'changes'>,
): Promise<void> =>
  insertCentralAudit(trx, [auditRowOf({ at, userId: actor.id, userName: actor.name, ...entry })]);
