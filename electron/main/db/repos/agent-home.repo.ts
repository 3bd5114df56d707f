/**
 * Meu dia's reads: each one range of an index keyed by the user (migration 0440), with a LIMIT,
 * so the Início costs the same for an agent with ten activities or ten thousand.
 */
import type { ActivityKind } from '../../../../shared/ipc/dto/client-activities';
import { ticketReference } from '../../../../shared/domain/tickets';
import type { HomeActivity, HomeClient, HomeTicket } from '../../../../shared/ipc/dto/home';
import type { Db } from '../connection';
import { prepared } from './client-statements.repo';

interface ClientColumns {
  client_id: number;
  erp_code: string;
  client_name: string;
}
const CLIENT_COLUMNS = 'c.id AS client_id, c.erp_code, coalesce(c.trade_name, c.legal_name) AS client_name';
export const toHomeClient = (r: ClientColumns): HomeClient => ({
  id: r.client_id,
  erpCode: r.erp_code,
  name: r.client_name,
});

/** Open activities of the user due before `endIso`, calls (`calls`) or the rest, oldest due first. */
export function myOpenActivitiesSql(calls: boolean): string {
  return `SELECT a.id, a.kind, a.title, a.due_at, ${CLIENT_COLUMNS}
          FROM client_activities a JOIN clients c ON c.id = a.client_id
          WHERE a.owner_user_id = @userId AND a.status = 'open' AND a.due_at < @endIso
            AND a.kind ${calls ? '=' : '<>'} 'call'
          ORDER BY a.due_at, ${calls ? '' : 'a.kind, '}a.id LIMIT @limit`;
}

export function listMyOpenActivities(
  db: Db,
  q: { userId: number; endIso: string; nowIso: string; calls: boolean; limit: number },
): HomeActivity[] {
  const rows = prepared(db, myOpenActivitiesSql(q.calls)).all({
    userId: q.userId,
    endIso: q.endIso,
    limit: q.limit,
  }) as ({ id: number; kind: ActivityKind; title: string; due_at: string } & ClientColumns)[];
  return rows.map((r) => ({
    id: r.id,
    client: toHomeClient(r),
    kind: r.kind,
    title: r.title,
    dueAt: r.due_at,
    overdue: r.due_at < q.nowIso,
  }));
}

/** Counts as index ranges (no table row read): overdue, due later today, calls to return. */
export const MY_ACTIVITY_COUNTS_SQL = `SELECT
    (SELECT count(*) FROM client_activities
      WHERE owner_user_id = @userId AND status = 'open' AND due_at < @nowIso) AS overdue,
    (SELECT count(*) FROM client_activities
      WHERE owner_user_id = @userId AND status = 'open' AND due_at >= @nowIso AND due_at < @endIso) AS due_today,
    (SELECT count(*) FROM client_activities
      WHERE owner_user_id = @userId AND status = 'open' AND kind = 'call' AND due_at < @endIso) AS calls`;

export function countMyOpenActivities(
  db: Db,
  q: { userId: number; endIso: string; nowIso: string },
): { overdue: number; dueToday: number; callsToReturn: number } {
  const r = prepared(db, MY_ACTIVITY_COUNTS_SQL).get({
    userId: q.userId,
    endIso: q.endIso,
    nowIso: q.nowIso,
  }) as {
    overdue: number;
    due_today: number;
    calls: number;
  };
  return { overdue: r.overdue, dueToday: r.due_today, callsToReturn: r.calls };
}

export const MY_OPEN_TICKETS_SQL = `SELECT t.id, t.description, t.progress, t.opened_at, ${CLIENT_COLUMNS}
  FROM client_tickets t JOIN clients c ON c.id = t.client_id
  WHERE t.opened_by_user_id = @userId AND t.status = 'open'
  ORDER BY t.opened_at, t.id LIMIT @limit`;

export function listMyOpenTickets(db: Db, userId: number, limit: number): HomeTicket[] {
  const rows = prepared(db, MY_OPEN_TICKETS_SQL).all({ userId, limit }) as ({
    id: number;
    description: string;
    progress: number;
    opened_at: string;
  } & ClientColumns)[];
  return rows.map((r) => ({
    id: r.id,
    reference: ticketReference(r.id),
    client: toHomeClient(r),
    description: r.description,
    progress: r.progress,
    openedAt: r.opened_at,
  }));
}

export function countMyOpenTickets(db: Db, userId: number): number {
  return prepared(db, "SELECT count(*) FROM client_tickets WHERE opened_by_user_id = ? AND status = 'open'")
    .pluck()
    .get(userId) as number;
}

export function setTicketOpener(db: Db, ticketId: number, userId: number): void {
  prepared(db, 'UPDATE client_tickets SET opened_by_user_id = ? WHERE id = ?').run(userId, ticketId);
}

export function listMyRecentClients(db: Db, userId: number, limit: number): HomeClient[] {
  const rows = prepared(
    db,
    `SELECT ${CLIENT_COLUMNS} FROM recent_clients r JOIN clients c ON c.id = r.client_id
     WHERE r.user_id = ? ORDER BY r.opened_at DESC LIMIT ?`,
  ).all(userId, limit) as ClientColumns[];
  return rows.map(toHomeClient);
}

/** My last call: the newest received call with a client, or the newest call activity I completed. */
export function findMyLastCall(db: Db, userId: number): { client: HomeClient; at: string } | null {
  const row = prepared(
    db,
    `SELECT * FROM (
       SELECT at, ${CLIENT_COLUMNS} FROM (
         SELECT received_at AS at, client_id FROM inbound_calls
         WHERE user_id = @userId AND client_id IS NOT NULL AND status <> 'discarded'
         ORDER BY received_at DESC LIMIT 1
       ) x JOIN clients c ON c.id = x.client_id
       UNION ALL
       SELECT at, ${CLIENT_COLUMNS} FROM (
         SELECT due_at AS at, client_id FROM client_activities
         WHERE owner_user_id = @userId AND status = 'done' AND kind = 'call'
         ORDER BY due_at DESC LIMIT 1
       ) y JOIN clients c ON c.id = y.client_id
     ) ORDER BY at DESC LIMIT 1`,
  ).get({ userId }) as ({ at: string } & ClientColumns) | undefined;
  return row ? { client: toHomeClient(row), at: row.at } : null;
}

/** Activities known only by their owner's name get the user of that name, when exactly one has it (as 0440). */
export function adoptActivitiesByOwnerName(db: Db): void {
  db.prepare(
    `UPDATE client_activities
     SET owner_user_id = (SELECT u.id FROM users u WHERE u.name = client_activities.owner_name)
     WHERE owner_user_id IS NULL
       AND (SELECT count(*) FROM users u WHERE u.name = client_activities.owner_name) = 1`,
  ).run();
}
