import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type { ClientContact, ContactFields } from '../../../../shared/ipc/dto/client-contacts';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { diffFields } from '../../db/repos/audit.repo';
import {
  contactInserter,
  deleteClientContact,
  getClientContact,
  listClientContacts,
  updateClientContact,
} from '../../db/repos/client-contacts.repo';
import { assertClientExists, auditClient } from './client-audit';

const FIELDS: (keyof ContactFields)[] = ['name', 'initials', 'company', 'role', 'email', 'phone', 'tags'];

export function listContacts(core: Core, clientId: number): ClientContact[] {
  assertClientExists(core.db, clientId);
  return listClientContacts(core.db, clientId);
}

export function getContact(core: Core, id: number): ClientContact {
  const c = getClientContact(core.db, id);
  if (!c) throw new AppFailure('clients.contactGone');
  return c;
}

export function saveContact(
  core: Core,
  user: SessionUser,
  clientId: number,
  id: number | undefined,
  // Already trimmed and checked by contactFieldsSchema at the registry.
  fields: ContactFields,
): ClientContact {
  const at = core.now().toISOString();
  return core.db.transaction(() => {
    assertClientExists(core.db, clientId);
    if (id === undefined) {
      const newId = contactInserter(core.db)({ ...fields, clientId, at });
      auditClient(
        core.db,
        user,
        clientId,
        `Contato adicionado: ${fields.name}`,
        diffFields(null, fields, FIELDS),
        at,
      );
      return getClientContact(core.db, newId) as ClientContact;
    }
    const before = getClientContact(core.db, id);
    if (!before || before.clientId !== clientId) throw new AppFailure('clients.contactGone');
    const changes = diffFields<ContactFields>(before, fields, FIELDS);
    if (Object.keys(changes).length === 0) return before;
    updateClientContact(core.db, id, fields, at);
    auditClient(core.db, user, clientId, `Contato alterado: ${fields.name}`, changes, at);
    return getClientContact(core.db, id) as ClientContact;
  })();
}

export function removeContact(core: Core, user: SessionUser, id: number): void {
  const at = core.now().toISOString();
  core.db.transaction(() => {
    const before = getClientContact(core.db, id);
    if (!before) throw new AppFailure('clients.contactGone');
    deleteClientContact(core.db, id);
    auditClient(
      core.db,
      user,
      before.clientId,
      `Contato removido: ${before.name}`,
      diffFields<ContactFields>(before, null, FIELDS),
      at,
    );
  })();
}
