import { AppFailure } from '../../../../shared/ipc/result';
import type { Db } from '../../db/connection';
import { participantCandidates, type Participant } from '../../db/repos/activity-participants.repo';
import { clientConsent } from '../clients/client-header.service';

export interface ParticipantRef {
  kind: 'user' | 'contact';
  id: number;
}

/** The chosen people with their current e-mail; someone no longer offered (no e-mail, other client) is refused. */
export function resolveParticipants(db: Db, clientId: number, refs: ParticipantRef[]): Participant[] {
  if (refs.length === 0) return [];
  // "Mensagens bloqueadas" (ERP-owned consent): the console writes to none of the client's contacts.
  if (refs.some((r) => r.kind === 'contact')) {
    const consent = clientConsent(db, clientId);
    if (!consent.messagesAllowed)
      throw new AppFailure('consent.messagesBlocked', { by: consent.changedBy, at: consent.changedAt });
  }
  const offered = new Map(participantCandidates(db, clientId).map((c) => [`${c.kind}:${c.id}`, c]));
  return refs.map((r) => {
    const c = offered.get(`${r.kind}:${r.id}`);
    if (!c) {
      throw new AppFailure('email.participantGone');
    }
    return { kind: c.kind, refId: c.id, name: c.name, email: c.email };
  });
}
