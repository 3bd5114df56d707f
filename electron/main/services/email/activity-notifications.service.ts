import type { ActivityNotificationStatus, ParticipantCandidate } from '../../../../shared/ipc/dto/email';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { participantCandidates } from '../../db/repos/activity-participants.repo';
import {
  getNotification,
  notificationsOfActivity,
  requeueNotification,
  toNotificationStatus,
} from '../../db/repos/activity-notifications.repo';
import { assertClientExists } from '../clients/client-audit';

export function listParticipantCandidates(core: Core, clientId: number): ParticipantCandidate[] {
  assertClientExists(core.db, clientId);
  return participantCandidates(core.db, clientId);
}

export const activityNotifications = (core: Core, activityId: number): ActivityNotificationStatus[] =>
  notificationsOfActivity(core.db, activityId);

/** Reenviar: the same row, the same Message-ID; picked up by the next sending run. */
export function resendNotification(core: Core, id: number): ActivityNotificationStatus {
  if (!requeueNotification(core.db, id, core.now().toISOString())) {
    const row = getNotification(core.db, id);
    if (!row) throw new AppFailure('email.notificationNotFound');
    throw new AppFailure('email.notificationAlreadySent');
  }
  return toNotificationStatus(getNotification(core.db, id)!);
}
