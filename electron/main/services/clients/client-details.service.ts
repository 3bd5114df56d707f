import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type { Client } from '../../../../shared/ipc/dto/clients';
import type { ClientEditableFields, QuickNotesSaved } from '../../../../shared/ipc/dto/client-details';
import { personTypeOf } from '../../../../shared/domain/document';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { diffFields } from '../../db/repos/audit.repo';
import { updateClientDetails, updateClientNotes } from '../../db/repos/client-details.repo';
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

export function updateDetails(
  core: Core,
  user: SessionUser,
  clientId: number,
  // Already normalized and checked (CPF/CNPJ, e-mails, phones, site) by the schema at the registry.
  fields: ClientEditableFields,
): Client {
  const personType = personTypeOf(fields.document) as 'F' | 'J';
  const at = core.now().toISOString();
  const saved = core.db.transaction(() => {
    const before = loadClient(core, clientId);
    const changes = diffFields<ClientEditableFields>(before, fields, EDITABLE);
    if (Object.keys(changes).length === 0) return before;
    updateClientDetails(core.db, clientId, { ...fields, personType }, at);
    auditClient(core.db, user, clientId, 'Cadastro alterado', changes, at);
    // ERP-owned fields go back to the ERP; the rest of Detalhes is the console's own.
    recordRegisterEdit(core.db, user, clientId, before, fields, at);
    return loadClient(core, clientId);
  })();
  void flushToErp(core);
  return saved;
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
