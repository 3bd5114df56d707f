import type {
  AddressKind,
  ClientAddress,
  ClientAddressFields,
} from '../../../../shared/ipc/dto/client-addresses';
import type { Db } from '../connection';
import { prepared } from './client-statements.repo';

const COLUMNS = 'kind, street, number, complement, district, city, uf, cep, fax';

export function listClientAddresses(db: Db, clientId: number): ClientAddress[] {
  return prepared(
    db,
    `SELECT ${COLUMNS} FROM client_addresses WHERE client_id = ?
     ORDER BY CASE kind WHEN 'delivery' THEN 1 WHEN 'billing' THEN 2 WHEN 'extra2' THEN 3 ELSE 4 END`,
  ).all(clientId) as ClientAddress[];
}

export function getClientAddress(db: Db, clientId: number, kind: AddressKind): ClientAddress | undefined {
  return prepared(db, `SELECT ${COLUMNS} FROM client_addresses WHERE client_id = ? AND kind = ?`).get(
    clientId,
    kind,
  ) as ClientAddress | undefined;
}

export function upsertClientAddress(
  db: Db,
  clientId: number,
  kind: AddressKind,
  a: ClientAddressFields,
): void {
  prepared(
    db,
    `INSERT INTO client_addresses (client_id, kind, street, number, complement, district, city, uf, cep, fax)
     VALUES (@clientId, @kind, @street, @number, @complement, @district, @city, @uf, @cep, @fax)
     ON CONFLICT (client_id, kind) DO UPDATE SET street = excluded.street, number = excluded.number,
       complement = excluded.complement, district = excluded.district, city = excluded.city,
       uf = excluded.uf, cep = excluded.cep, fax = excluded.fax`,
  ).run({ ...a, clientId, kind });
}

export function deleteClientAddress(db: Db, clientId: number, kind: AddressKind): void {
  prepared(db, 'DELETE FROM client_addresses WHERE client_id = ? AND kind = ?').run(clientId, kind);
}
