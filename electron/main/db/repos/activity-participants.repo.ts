import type { Db } from '../connection';
import { prepared } from './client-statements.repo';

export interface Participant {
  kind: 'user' | 'contact';
  refId: number;
  name: string;
  email: string;
}

export function listActivityParticipants(db: Db, activityId: number): Participant[] {
  return prepared(
    db,
    `SELECT kind, ref_id AS refId, name, email FROM client_activity_participants
     WHERE activity_id = ? ORDER BY kind, name`,
  ).all(activityId) as Participant[];
}

export function insertActivityParticipants(db: Db, activityId: number, people: Participant[]): void {
  const stmt = prepared(
    db,
    `INSERT OR IGNORE INTO client_activity_participants (activity_id, kind, ref_id, name, email)
     VALUES (?, ?, ?, ?, ?)`,
  );
  for (const p of people) stmt.run(activityId, p.kind, p.refId, p.name, p.email);
}

/** Console users with an e-mail, and the client's contacts with one: who the form can offer. */
export function participantCandidates(
  db: Db,
  clientId: number,
): { kind: 'user' | 'contact'; id: number; name: string; email: string }[] {
  return prepared(
    db,
    `SELECT 'user' AS kind, id, name, email FROM users WHERE active = 1 AND email IS NOT NULL AND email <> ''
     UNION ALL
     SELECT 'contact' AS kind, id, name, email FROM client_contacts
       WHERE client_id = ? AND email IS NOT NULL AND email <> ''
     ORDER BY kind DESC, name`,
  ).all(clientId) as { kind: 'user' | 'contact'; id: number; name: string; email: string }[];
}

export function userEmail(db: Db, userId: number): { name: string; email: string | null } | undefined {
  return prepared(db, 'SELECT name, email FROM users WHERE id = ?').get(userId) as
    { name: string; email: string | null } | undefined;
}
