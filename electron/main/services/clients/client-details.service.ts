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
import { REGISTER_FIELDS } from '../erp/erp-client-columns';
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

/** Detalhes fields the ERP has (written back) and the console's own (docs/data-ownership.md). */
const ERP_OWNED: (keyof ClientEditableFields)[] = REGISTER_FIELDS;
const CONSOLE_OWNED = EDITABLE.filter((f) => !(ERP_OWNED as string[]).includes(f));

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
  const save = (part: DetailsPart) => saveDetails(core, user, clientId, fields, at, part);
  if (core.floor.mode !== 'floor') core.db.transaction(() => save('all'))();
  else {
    // Floor mode: the console's own fields are the floor's (a shared write: central first, every
    // seat's open Detalhes follows), the ERP-owned ones go back to the ERP from this seat, each
    // half with its own Histórico entry. Nothing console-owned changed: no central round trip,
    // so an ERP-owned edit still saves while the central database is unreachable. The shared
    // write runs again after a catch-up when another seat changed them meanwhile ("before" is theirs).
    if (Object.keys(changesOf(loadClient(core, clientId), fields, 'console')).length > 0)
      await floorWrite(core, () => save('console'));
    core.db.transaction(() => save('erp'))();
  }
  void flushToErp(core);
  return loadClient(core, clientId);
}

type DetailsPart = 'all' | 'console' | 'erp';
const PART_FIELDS: Record<DetailsPart, (keyof ClientEditableFields)[]> = {
  all: EDITABLE,
  console: CONSOLE_OWNED,
  erp: ERP_OWNED,
};
const changesOf = (before: Client, fields: ClientEditableFields, part: DetailsPart) =>
  diffFields<ClientEditableFields>(before, fields, PART_FIELDS[part]);

/** Inside a transaction: the part's columns, its Histórico entry and the ERP write-back mark. */
function saveDetails(
  core: Core,
  user: SessionUser,
  clientId: number,
  fields: ClientEditableFields,
  at: string,
  part: DetailsPart,
): void {
  const before = loadClient(core, clientId);
  const changes = changesOf(before, fields, part);
  if (Object.keys(changes).length === 0) return;
  const withType = { ...fields, personType: personTypeOf(fields.document) as 'F' | 'J' };
  if (part !== 'erp') updateClientConsoleDetails(core.db, clientId, fields);
  if (part !== 'console') updateClientErpDetails(core.db, clientId, withType, at);
  auditClient(core.db, user, clientId, 'Cadastro alterado', changes, at);
  // ERP-owned fields go back to the ERP; the rest of Detalhes is the console's own.
  if (part !== 'console') recordRegisterEdit(core.db, user, clientId, before, fields, at);
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
