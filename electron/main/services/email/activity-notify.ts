/**
 * Writes the notification of an activity event into the outbox. Called inside the activity's
 * own transaction: the change and its notification are saved together or not at all, and
 * nothing here talks to the network (the background sender does).
 */
import { randomUUID } from 'node:crypto';
import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type { NotificationEvent } from '../../../../shared/ipc/dto/email';
import type { Db } from '../../db/connection';
import { listActivityParticipants, userEmail } from '../../db/repos/activity-participants.repo';
import { insertNotification, type Recipient } from '../../db/repos/activity-notifications.repo';
import { prepared } from '../../db/repos/client-statements.repo';
import { getSmtpConfig } from '../../db/repos/email-settings.repo';
import { activityInvitation } from './activity-ics';
import { activityChanges, activityMessage, type ActivitySnapshot } from './activity-message';

interface ActivityIdentity {
  client_id: number;
  ics_uid: string | null;
  ics_sequence: number;
  owner_user_id: number | null;
  notify: number;
}

/** Used as ORGANIZER and as the Message-ID domain before Configurações → E-mail is filled in. */
const FALLBACK_SENDER = 'central-de-atendimento@localhost';

export const messageIdFor = (eventId: string): string => `<${eventId}@central-de-atendimento>`;

function recipientsOf(db: Db, activityId: number, ownerUserId: number | null, clientId: number): Recipient[] {
  const people: Recipient[] = [];
  const owner = ownerUserId === null ? undefined : userEmail(db, ownerUserId);
  if (owner?.email) people.push({ name: owner.name, email: owner.email });
  // Consent withdrawn in the ERP after the activity was planned: the client's contacts are no longer written to.
  const contactsAllowed =
    (prepared(db, 'SELECT messages_allowed FROM clients WHERE id = ?').pluck().get(clientId) ?? 1) === 1;
  for (const p of listActivityParticipants(db, activityId))
    if (p.kind !== 'contact' || contactsAllowed) people.push({ name: p.name, email: p.email });
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = p.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function clientName(db: Db, clientId: number): string {
  const r = prepared(db, 'SELECT coalesce(trade_name, legal_name) AS name FROM clients WHERE id = ?').get(
    clientId,
  ) as { name: string } | undefined;
  return r?.name ?? `cliente ${clientId}`;
}

export interface ActivityEvent {
  activityId: number;
  event: NotificationEvent;
  before: ActivitySnapshot | null;
  after: ActivitySnapshot;
  actor: SessionUser;
  at: string;
}

/** Returns the outbox row id, or null when nobody is to be told (switch off, nobody with an e-mail). */
export function enqueueActivityNotification(db: Db, e: ActivityEvent): number | null {
  const identity = prepared(
    db,
    'SELECT client_id, ics_uid, ics_sequence, owner_user_id, notify FROM client_activities WHERE id = ?',
  ).get(e.activityId) as ActivityIdentity | undefined;
  if (!identity || identity.notify !== 1) return null;
  const recipients = recipientsOf(db, e.activityId, identity.owner_user_id, identity.client_id);
  if (recipients.length === 0) return null;
  const changes = e.before ? activityChanges(e.before, e.after) : [];
  if (e.event === 'changed' && changes.length === 0) return null;

  const name = clientName(db, identity.client_id);
  const { subject, text } = activityMessage(e.event, e.after, name, e.actor.name, changes);
  let ics: string | null = null;
  let icsMethod: 'REQUEST' | 'CANCEL' | null = null;
  if (e.after.kind === 'appointment' && identity.ics_uid) {
    // Every sent change raises SEQUENCE so calendars replace the event they already hold.
    const sequence = e.event === 'created' ? identity.ics_sequence : identity.ics_sequence + 1;
    prepared(db, 'UPDATE client_activities SET ics_sequence = ? WHERE id = ?').run(sequence, e.activityId);
    const smtp = getSmtpConfig(db);
    icsMethod = e.event === 'deleted' ? 'CANCEL' : 'REQUEST';
    ics = activityInvitation({
      method: icsMethod,
      uid: identity.ics_uid,
      sequence,
      start: new Date(e.after.dueAt),
      summary: `${e.after.title} — ${name}`,
      description: text,
      organizer: {
        name: smtp.fromName || 'Central de Atendimento',
        email: smtp.fromAddress || FALLBACK_SENDER,
      },
      attendees: recipients,
      stamp: new Date(e.at),
    });
  }
  return insertNotification(db, {
    eventId: randomUUID(),
    activityId: e.activityId,
    clientId: identity.client_id,
    event: e.event,
    recipients,
    subject,
    bodyText: text,
    ics,
    icsMethod,
    at: e.at,
  });
}
