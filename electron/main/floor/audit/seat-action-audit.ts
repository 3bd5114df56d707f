/**
 * Histórico entries of actions one seat takes on its own (a manual job start or cancel): on one
 * desktop they are written locally, as always; in floor mode they are written to the central
 * audit_log (a shared write of just the entry), so a supervisor on any seat's Auditoria sees
 * "Sincronizar agora" clicked on another, with the computer it was clicked on.
 *
 * The action itself already happened on this seat when the entry is written, so the central
 * database being unreachable must not turn it into an error: the entry is then kept on this
 * seat (as before floor mode) and the log says so.
 */
import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type { Core } from '../../core-types';
import { insertAudit } from '../../db/repos/audit.repo';
import { installIdentity } from '../../db/repos/sync-host.repo';
import { log } from '../../log';
import { floorWrite } from '../replication/floor-write';

/** `entity` and `entityId` name this seat's run (erp_sync, receivables_export and its local id). */
export async function recordSeatAction(
  core: Core,
  user: SessionUser,
  run: { entity: string; entityId: number },
  action: string,
): Promise<void> {
  const entry = { at: core.now().toISOString(), userId: user.id, userName: user.name, ...run, action };
  if (core.floor.mode !== 'floor' || !core.floor.pool) {
    insertAudit(core.db, { ...entry, changes: {} });
    return;
  }
  // The run number is this seat's own: the computer's name makes it findable in the run log.
  const seat = installIdentity(core.db).machineName;
  const named = { ...entry, changes: { computador: { before: null, after: seat } } };
  try {
    await floorWrite(core, () => insertAudit(core.db, named));
  } catch (e) {
    log.warn(`Histórico gravado só neste computador (banco central): ${(e as Error).message}`);
    insertAudit(core.db, named);
  }
}
