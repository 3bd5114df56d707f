import type {
  ActivityNotificationStatus,
  NotificationEvent,
  NotificationState,
} from '../../../../shared/ipc/dto/email';
import type { Db } from '../connection';
import { prepared } from './client-statements.repo';

export interface Recipient {
  name: string;
  email: string;
}

export interface NotificationRecord {
  id: number;
  event_id: string;
  activity_id: number;
  client_id: number;
  event: NotificationEvent;
  recipients: string;
  subject: string;
  body_text: string;
  ics: string | null;
  ics_method: string | null;
  state: NotificationState;
  attempts: number;
  resent_after_crash: number;
  next_attempt_at: string;
  last_error: string | null;
  run_id: number | null;
  created_at: string;
  sent_at: string | null;
}

export interface NewNotification {
  eventId: string;
  activityId: number;
  clientId: number;
  event: NotificationEvent;
  recipients: Recipient[];
  subject: string;
  bodyText: string;
  ics: string | null;
  icsMethod: 'REQUEST' | 'CANCEL' | null;
  at: string;
}

export function insertNotification(db: Db, n: NewNotification): number {
  return Number(
    prepared(
      db,
      `INSERT INTO activity_notifications (event_id, activity_id, client_id, event, recipients, subject,
         body_text, ics, ics_method, next_attempt_at, created_at)
       VALUES (@eventId, @activityId, @clientId, @event, @recipients, @subject, @bodyText, @ics, @icsMethod, @at, @at)`,
    ).run({ ...n, recipients: JSON.stringify(n.recipients) }).lastInsertRowid,
  );
}

export function getNotification(db: Db, id: number): NotificationRecord | undefined {
  return prepared(db, 'SELECT * FROM activity_notifications WHERE id = ?').get(id) as
    NotificationRecord | undefined;
}

/** Pending rows whose time has come, oldest first. */
export function dueNotifications(db: Db, nowIso: string, limit: number): NotificationRecord[] {
  return prepared(
    db,
    `SELECT * FROM activity_notifications WHERE state = 'pending' AND next_attempt_at <= ?
     ORDER BY next_attempt_at, id LIMIT ?`,
  ).all(nowIso, limit) as NotificationRecord[];
}

export function hasDueNotification(db: Db, nowIso: string): boolean {
  return !!prepared(
    db,
    "SELECT 1 FROM activity_notifications WHERE state = 'pending' AND next_attempt_at <= ? LIMIT 1",
  ).get(nowIso);
}

/** pending → sending, only if still pending (a second sender loses the race and skips the row). */
export function claimNotification(db: Db, id: number, runId: number | null): boolean {
  return (
    prepared(
      db,
      `UPDATE activity_notifications SET state = 'sending', attempts = attempts + 1, run_id = ?
       WHERE id = ? AND state = 'pending'`,
    ).run(runId, id).changes === 1
  );
}

export function markSent(db: Db, id: number, at: string): void {
  prepared(
    db,
    "UPDATE activity_notifications SET state = 'sent', sent_at = ?, last_error = NULL WHERE id = ?",
  ).run(at, id);
}

export function markRetry(db: Db, id: number, error: string, nextAt: string): void {
  prepared(
    db,
    "UPDATE activity_notifications SET state = 'pending', last_error = ?, next_attempt_at = ? WHERE id = ?",
  ).run(error, nextAt, id);
}

export function markFailed(db: Db, id: number, error: string): void {
  prepared(db, "UPDATE activity_notifications SET state = 'failed', last_error = ? WHERE id = ?").run(
    error,
    id,
  );
}

/**
 * Rows a previous process left in 'sending' (it died between handing the message to the server
 * and writing 'sent'). SMTP gives no way to ask the server whether it already accepted a
 * message, so each such row is sent once more with the same Message-ID; one found in
 * 'sending' a second time becomes 'uncertain' and waits for a person (Reenviar).
 */
export function recoverInterruptedSends(db: Db, nowIso: string): { resent: number; uncertain: number } {
  const uncertain = prepared(
    db,
    `UPDATE activity_notifications SET state = 'uncertain',
       last_error = 'o aplicativo foi fechado durante o envio, duas vezes; confira com os destinatários antes de reenviar'
     WHERE state = 'sending' AND resent_after_crash = 1`,
  ).run().changes;
  const resent = prepared(
    db,
    `UPDATE activity_notifications SET state = 'pending', resent_after_crash = 1, next_attempt_at = ?,
       last_error = 'o aplicativo foi fechado durante o envio; reenviado com o mesmo Message-ID'
     WHERE state = 'sending'`,
  ).run(nowIso).changes;
  return { resent, uncertain };
}

/** Reenviar: a person decided to send a failed or uncertain row again. */
export function requeueNotification(db: Db, id: number, nowIso: string): boolean {
  return (
    prepared(
      db,
      `UPDATE activity_notifications SET state = 'pending', attempts = 0, resent_after_crash = 0,
         next_attempt_at = ? WHERE id = ? AND state IN ('failed', 'uncertain')`,
    ).run(nowIso, id).changes === 1
  );
}

export function toNotificationStatus(r: NotificationRecord): ActivityNotificationStatus {
  return {
    id: r.id,
    event: r.event,
    state: r.state,
    attempts: r.attempts,
    lastError: r.last_error,
    recipients: (JSON.parse(r.recipients) as Recipient[]).map((p) => p.email),
    sentAt: r.sent_at,
  };
}

export function notificationsOfActivity(db: Db, activityId: number): ActivityNotificationStatus[] {
  return (
    prepared(db, 'SELECT * FROM activity_notifications WHERE activity_id = ? ORDER BY id').all(
      activityId,
    ) as NotificationRecord[]
  ).map(toNotificationStatus);
}

/** Per activity of a page: the latest notification that is not delivered, for the list's warning. */
export function undeliveredByActivity(
  db: Db,
  activityIds: number[],
): Map<number, ActivityNotificationStatus> {
  const out = new Map<number, ActivityNotificationStatus>();
  if (activityIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT * FROM activity_notifications WHERE activity_id IN (SELECT value FROM json_each(?))
         AND state IN ('failed', 'uncertain', 'pending') ORDER BY id`,
    )
    .all(JSON.stringify(activityIds)) as NotificationRecord[];
  for (const r of rows) out.set(r.activity_id, toNotificationStatus(r));
  return out;
}

export function runNotificationTotals(db: Db, runId: number): { sent: number; failed: number } {
  return prepared(
    db,
    `SELECT coalesce(sum(state = 'sent'), 0) AS sent, coalesce(sum(state <> 'sent'), 0) AS failed
     FROM activity_notifications WHERE run_id = ?`,
  ).get(runId) as { sent: number; failed: number };
}

/** The run log's view of one sending run: one "request" per notification it attempted. */
export function notificationRunTotals(db: Db, runId: number) {
  return prepared(
    db,
    `SELECT count(*) AS requests, coalesce(sum(state <> 'sent'), 0) AS failed, count(*) AS rows,
       0 AS duration_ms, min(created_at) AS first_at, max(coalesce(sent_at, created_at)) AS last_at
     FROM activity_notifications WHERE run_id = ?`,
  ).get(runId) as {
    requests: number;
    failed: number;
    rows: number;
    duration_ms: number;
    first_at: string | null;
    last_at: string | null;
  };
}

export function* iterateNotificationRunRequests(db: Db, runId: number) {
  const rows = db
    .prepare('SELECT * FROM activity_notifications WHERE run_id = ? ORDER BY id')
    .iterate(runId) as IterableIterator<NotificationRecord>;
  for (const r of rows) {
    yield {
      id: r.id,
      run_id: r.run_id,
      at: r.sent_at ?? r.created_at,
      direction: 'envio',
      endpoint: `${r.subject} → ${(JSON.parse(r.recipients) as Recipient[]).map((p) => p.email).join(', ')}`,
      status: r.state === 'sent' ? ('ok' as const) : ('error' as const),
      http_status: null,
      rows: 1,
      duration_ms: 0,
      error_code: r.state === 'sent' ? null : r.state,
      error: r.state === 'sent' ? null : r.last_error,
      amount_cents: null,
    };
  }
}
