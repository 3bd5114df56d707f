/**
 * "Computador que envia" is an optional preference, no longer a precondition: with nobody
 * designated this desktop sends (embedded) or competes for the lease (floor). A desktop
 * designated elsewhere is preferred: in embedded mode (several lone desktops sharing one ERP)
 * this one leaves the send to it; in floor mode this one only stands by a little longer.
 */
import type { Core } from '../../core-types';
import type { SyncHostDesignation } from '../../db/repos/sync-host.repo';
import { readSyncHost } from './sync-host.service';

/** The preferred sender when it is another desktop; null when it is this one or nobody. */
export async function otherPreferredSender(core: Core): Promise<SyncHostDesignation | null> {
  const host = await readSyncHost(core);
  return host.designation && !host.isHost ? host.designation : null;
}

/** Whether this desktop answers for the send (and so shows the "tempo máximo sem sucesso" alert). */
export const answersForSend = (
  core: Core,
  designation: SyncHostDesignation | null,
  isHost: boolean,
): boolean => core.floor.mode === 'floor' || designation === null || isHost;
