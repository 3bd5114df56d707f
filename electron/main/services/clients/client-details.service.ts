import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type { Client } from '../../../../shared/ipc/dto/clients';
import type { ClientEditableFields, QuickNotesSaved } from '../../../../shared/ipc/dto/client-details';
import { personTypeOf } from '../../../../shared/domain/document';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { diffFields } from '../../db/repos/audit.repo';
import {
  updateClientConsoleDetails,
  updateClientErpDetails,
  updateClientNotes,
} from '../../db/repos/client-details.repo';
import { floorWrite } from '../../floor/replication/floor-write';
import { latestClientAudit, updateAuditEntry } from '../../db/repos/client-history.repo';
import { getClientRecord, toClient } from '../../db/repos/clients.repo';
import { auditClient } from './client-audit';
import { recordRegisterEdit } from './erp-writeback.service';
import { flushToErp } from '../credit/erp-sync';

const EDITABLE: (keyof ClientEditableFields)[] = [
  'legalName',
  'tradeName',
  'document',
  'status',
  'emails',
  'phones',
  'site',
  'currency',
  'paymentMethod',
  'language',
  'accountingAccount',
  'preferredAppointmentDay',
  'sharedAcrossCompanies',
];

const NOTES_ACTION = 'Notas rápidas alteradas';
// Notes are saved as the agent types; one Histórico entry per typing burst, not one per pause.
const NOTES_BURST_MS = 10 * 60 * 1000;

function loadClient(core: Core, id: number): Client {
  const r = getClientRecord(core.db, id);
  if (!r) throw new AppFailure('clients.goneSinceSync');
  return toClient(r);
}

export async function updateDetails(
  core: Core,
  user: SessionUser,
  clientId: number,
  // Already normalized and checked (CPF/CNPJ, e-mails, phones, site) by the schema at the registry.
  fields: ClientEditableFields,
): Promise<Client> {
  const at = core.now().toISOString();
  // Floor mode: a shared write (central first; every seat's open Detalhes follows): the console's
  // own fields, the Histórico entry and the ERP-owned fields' write-back edit, which every seat
  // shows over the ERP's value until the ERP settles it. Runs again after a catch-up when another
  // seat changed them meanwhile ("before" is theirs).
  await floorWrite(core, () => core.db.transaction(() => saveDetails(core, user, clientId, fields, at))());
  void flushToErp(core);
  return loadClient(core, clientId);
}

/** Inside a transaction: the columns, the Histórico entry and the ERP write-back mark. */
function saveDetails(
  core: Core,
  user: SessionUser,
  clientId: number,
  fields: ClientEditableFields,
  at: string,
): void {
  const before = loadClient(core, clientId);
  const changes = diffFields<ClientEditableFields>(before, fields, EDITABLE);
  if (Object.keys(changes).length === 0) return;
  updateClientConsoleDetails(core.db, clientId, fields);
  updateClientErpDetails(
    core.db,
    clientId,
    { ...fields, personType: personTypeOf(fields.document) as 'F' | 'J' },
    at,
  );
  auditClient(core.db, user, clientId, 'Cadastro alterado', changes, at);
  // ERP-owned fields go back to the ERP; the rest of Detalhes is the console's own.
  recordRegisterEdit(core.db, user, clientId, before, fields, at);
}

export function saveNotes(core: Core, user: SessionUser, clientId: number, notes: string): QuickNotesSaved {
  const now = core.now();
  const at = now.toISOString();
  core.db.transaction(() => {
    const before = loadClient(core, clientId).notes;
    if (before === notes) return;
    updateClientNotes(core.db, clientId, notes);
    const last = latestClientAudit(core.db, clientId);
    const sameBurst =
      last !== undefined &&
      last.action === NOTES_ACTION &&
      last.userId === user.id &&
      now.getTime() - Date.parse(last.at) < NOTES_BURST_MS;
    if (sameBurst) {
      const original = last.changes.notes?.before ?? null;
      updateAuditEntry(core.db, last.id, at, { notes: { before: original, after: notes } });
    } else {
      auditClient(core.db, user, clientId, NOTES_ACTION, { notes: { before, after: notes } }, at);
    }
  })();
  return { notes, savedAt: at };
}
