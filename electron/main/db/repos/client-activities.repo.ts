import { randomUUID } from 'node:crypto';
import type {
  ActivityFilter,
  ActivityKind,
  ClientActivity,
} from '../../../../shared/ipc/dto/client-activities';
import type { KeyCursor } from '../../../../shared/ipc/dto/client-paging';
import type { Db } from '../connection';
import { prepared } from './client-statements.repo';

interface ActivityRecord {
  id: number;
  client_id: number;
  kind: ActivityKind;
  title: string;
  due_at: string;
  status: 'open' | 'done';
  done_at: string | null;
  owner_name: string;
}

const toActivity = (r: ActivityRecord, nowIso: string): ClientActivity => ({
  id: r.id,
  clientId: r.client_id,
  kind: r.kind,
  title: r.title,
  dueAt: r.due_at,
  state: r.status === 'done' ? 'done' : r.due_at > nowIso ? 'planned' : 'open',
  doneAt: r.done_at,
  ownerName: r.owner_name,
});

const FILTER_WHERE: Record<ActivityFilter, string> = {
  all: 'client_id = @clientId',
  closed: "client_id = @clientId AND status = 'done'",
  open: "client_id = @clientId AND status = 'open' AND due_at <= @now",
  planned: "client_id = @clientId AND status = 'open' AND due_at > @now",
};

/** Planned work reads soonest first; everything else newest first. */
export const activityOrder = (filter: ActivityFilter): 'ASC' | 'DESC' =>
  filter === 'planned' ? 'ASC' : 'DESC';

/** SQL of one page; exported so a test can assert its plan walks an index, never the table. */
export function activityPageSql(filter: ActivityFilter, withCursor: boolean): string {
  const dir = activityOrder(filter);
  const cursor = withCursor ? ` AND (due_at, id) ${dir === 'DESC' ? '<' : '>'} (@key, @id)` : '';
  return `SELECT id, client_id, kind, title, due_at, status, done_at, owner_name FROM client_activities
          WHERE ${FILTER_WHERE[filter]}${cursor} ORDER BY due_at ${dir}, id ${dir} LIMIT @limit`;
}

export function listClientActivities(
  db: Db,
  q: { clientId: number; filter: ActivityFilter; nowIso: string; after?: KeyCursor; limit: number },
): ClientActivity[] {
  const rows = prepared(db, activityPageSql(q.filter, q.after !== undefined)).all({
    clientId: q.clientId,
    now: q.nowIso,
    key: q.after?.key,
    id: q.after?.id,
    limit: q.limit,
  }) as ActivityRecord[];
  return rows.map((r) => toActivity(r, q.nowIso));
}

export function countClientActivities(
  db: Db,
  clientId: number,
  filter: ActivityFilter,
  nowIso: string,
): number {
  const sql = `SELECT count(*) AS n FROM client_activities WHERE ${FILTER_WHERE[filter]}`;
  return (prepared(db, sql).get({ clientId, now: nowIso }) as { n: number }).n;
}

export function getClientActivity(db: Db, id: number, nowIso: string): ClientActivity | undefined {
  const r = prepared(db, 'SELECT * FROM client_activities WHERE id = ?').get(id) as
    ActivityRecord | undefined;
  return r && toActivity(r, nowIso);
}

export interface NewActivity {
  clientId: number;
  kind: ActivityKind;
  title: string;
  dueAt: string;
  status: 'open' | 'done';
  doneAt: string | null;
  ownerName: string;
  at: string;
}

/** One prepared INSERT, reused by the service and by the demo seeding. */
export function activityInserter(db: Db): (a: NewActivity) => number {
  const stmt = db.prepare(
    `INSERT INTO client_activities (client_id, kind, title, due_at, status, done_at, owner_name, created_at, updated_at)
     VALUES (@clientId, @kind, @title, @dueAt, @status, @doneAt, @ownerName, @at, @at)`,
  );
  return (a) => Number(stmt.run(a).lastInsertRowid);
}

export function completeClientActivity(db: Db, id: number, at: string): void {
  prepared(db, "UPDATE client_activities SET status = 'done', done_at = ?, updated_at = ? WHERE id = ?").run(
    at,
    at,
    id,
  );
}

export function rescheduleClientActivity(db: Db, id: number, dueAt: string, at: string): void {
  prepared(db, 'UPDATE client_activities SET due_at = ?, updated_at = ? WHERE id = ?').run(dueAt, at, id);
}

/** Who is told about the activity and the calendar UID its invitations carry for life. */
export function setActivityNotification(
  db: Db,
  id: number,
  n: { ownerUserId: number; notify: boolean },
): void {
  prepared(db, 'UPDATE client_activities SET owner_user_id = ?, notify = ?, ics_uid = ? WHERE id = ?').run(
    n.ownerUserId,
    n.notify ? 1 : 0,
    `${randomUUID()}@central-de-atendimento`,
    id,
  );
}

export function deleteClientActivity(db: Db, id: number): void {
  prepared(db, 'DELETE FROM client_activities WHERE id = ?').run(id);
}
