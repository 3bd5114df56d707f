import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import {
  type AddressKind,
  type ClientAddress,
  type ClientAddressFields,
} from '../../../../shared/ipc/dto/client-addresses';
import { ADDRESS_KIND_LABEL } from '../../../../shared/domain/addresses';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { diffFields } from '../../db/repos/audit.repo';
import {
  deleteClientAddress,
  getClientAddress,
  listClientAddresses,
  upsertClientAddress,
} from '../../db/repos/client-addresses.repo';
import { assertClientExists, auditClient } from './client-audit';
import { recordAddressEdit } from './erp-writeback.service';
import { floorWrite } from '../../floor/replication/floor-write';
import { flushToErp } from '../credit/erp-sync';

const FIELDS: (keyof ClientAddressFields)[] = [
  'street',
  'number',
  'complement',
  'district',
  'city',
  'uf',
  'cep',
  'fax',
];

const pickFields = (a: ClientAddressFields): ClientAddressFields =>
  Object.fromEntries(FIELDS.map((f) => [f, a[f]])) as unknown as ClientAddressFields;

export function listAddresses(core: Core, clientId: number): ClientAddress[] {
  assertClientExists(core.db, clientId);
  return listClientAddresses(core.db, clientId);
}

export async function saveAddress(
  core: Core,
  user: SessionUser,
  clientId: number,
  kind: AddressKind,
  // Already trimmed and checked by the address schema at the registry.
  fields: ClientAddressFields,
): Promise<ClientAddress> {
  const at = core.now().toISOString();
  // Floor mode: a shared write: the address's write-back edit, which every seat shows until the
  // ERP settles it, and its Histórico entry.
  const saved = await floorWrite(core, () =>
    core.db.transaction(() => {
      assertClientExists(core.db, clientId);
      const before = getClientAddress(core.db, clientId, kind) ?? null;
      const changes = diffFields<ClientAddressFields>(before, fields, FIELDS);
      if (Object.keys(changes).length > 0) {
        upsertClientAddress(core.db, clientId, kind, fields);
        const label = ADDRESS_KIND_LABEL[kind];
        auditClient(
          core.db,
          user,
          clientId,
          before ? `${label} alterado` : `${label} adicionado`,
          changes,
          at,
        );
        recordAddressEdit(core.db, user, clientId, kind, before && pickFields(before), fields, at);
      }
      return { kind, ...fields };
    })(),
  );
  void flushToErp(core);
  return saved;
}

export function removeAddress(
  core: Core,
  user: SessionUser,
  clientId: number,
  kind: 'extra2' | 'extra3',
): void {
  const at = core.now().toISOString();
  core.db.transaction(() => {
    assertClientExists(core.db, clientId);
    const before = getClientAddress(core.db, clientId, kind);
    if (!before) throw new AppFailure('clients.addressGone', { label: ADDRESS_KIND_LABEL[kind] });
    deleteClientAddress(core.db, clientId, kind);
    auditClient(
      core.db,
      user,
      clientId,
      `${ADDRESS_KIND_LABEL[kind]} removido`,
      diffFields<ClientAddressFields>(before, null, FIELDS),
      at,
    );
  })();
}
