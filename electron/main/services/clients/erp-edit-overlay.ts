/**
 * The agent's values over the ERP's on this seat's copy of a client: an open edit shows what the
 * agent typed, a rejected or withdrawn one what the ERP has. On one desktop the services write
 * both as they go; in floor mode the edit rows are the floor's and every seat (the writer too)
 * derives its copy from each row the change feed brings (`followErpEdit`).
 */
import type { Db } from '../../db/connection';
import { deleteClientAddress, upsertClientAddress } from '../../db/repos/client-addresses.repo';
import { setClientErpVersion, type ClientErpEditRecord } from '../../db/repos/client-erp-edits.repo';
import type { ErpAddressKind, ErpAddressWrite } from '../../gateways/erp/erp-gateway';
import { SYNCED_COLUMNS, toColumn } from '../erp/erp-client-columns';

export const REGISTER_TARGET = 'client';
type Values = Record<string, unknown>;

export const parseValues = (text: string | null | undefined): Values =>
  text ? (JSON.parse(text) as Values) : {};

/** Register fields onto the clients row (the person type follows the document). */
export function restoreRegister(db: Db, clientId: number, values: Values): void {
  const fields = Object.keys(values).filter((f) => f in SYNCED_COLUMNS) as (keyof typeof SYNCED_COLUMNS)[];
  if (fields.length === 0) return;
  const set = fields.map((f) => `${SYNCED_COLUMNS[f]} = ?`).join(', ');
  db.prepare(`UPDATE clients SET ${set} WHERE id = ?`).run(
    ...fields.map((f) => toColumn(f, values[f])),
    clientId,
  );
  if (fields.includes('document')) {
    const doc = String(values.document);
    db.prepare('UPDATE clients SET person_type = ? WHERE id = ?').run(
      doc.length === 11 ? 'F' : 'J',
      clientId,
    );
  }
}

/** An address target's value (`{address}`; null: the slot is empty). */
export function restoreAddress(db: Db, clientId: number, target: string, values: Values): void {
  const kind = target.slice('address:'.length) as ErpAddressKind;
  const address = values.address as ErpAddressWrite['address'] | null | undefined;
  if (address) upsertClientAddress(db, clientId, kind, address);
  else deleteClientAddress(db, clientId, kind);
}

const showValues = (db: Db, row: Pick<ClientErpEditRecord, 'client_id' | 'target'>, values: Values) =>
  row.target === REGISTER_TARGET
    ? restoreRegister(db, row.client_id, values)
    : restoreAddress(db, row.client_id, row.target, values);

/** Waiting for the ERP or in conflict: the agent's values are the ones shown. */
export const isOpenEdit = (r: ClientErpEditRecord): boolean => r.closed === null && r.state !== 'rejected';

/** What the ERP had, as the edit knew it: its values when the agent edited, or newer ones of a conflict. */
const erpValuesOf = (r: ClientErpEditRecord): Values => ({
  ...parseValues(r.erp_fields),
  ...parseValues(r.conflict_fields),
});

/**
 * In the feed's apply transaction, after the row arrived: `before` is this seat's copy before
 * (undefined: new here), `after` the floor's row now (null: gone).
 */
export function followErpEdit(
  db: Db,
  before: ClientErpEditRecord | undefined,
  after: ClientErpEditRecord | null,
): void {
  const was = before && isOpenEdit(before) ? before : undefined;
  // Gone (its client deleted, or this cache starting over on another floor): the ERP's values.
  if (!after) {
    if (was) showValues(db, was, pickKnown(was));
    return;
  }
  if (isOpenEdit(after)) {
    const mine = parseValues(after.fields);
    // A field the agent no longer asks for (edited back, or the ERP's taken in a conflict) shows
    // the ERP's value again.
    const dropped = was && after.target === REGISTER_TARGET ? pickKnown(was) : {};
    showValues(db, after, { ...dropped, ...mine });
    return;
  }
  if (after.closed === null) {
    // Rejected by the ERP: its values back, once (a later sync may bring newer ones).
    const seenAlready = before?.state === 'rejected' && before.idempotency_key === after.idempotency_key;
    if (!seenAlready) showValues(db, after, parseValues(after.erp_fields));
    return;
  }
  if (after.closed === 'withdrawn') {
    if (was) showValues(db, after, pickKnown(was));
    return;
  }
  // Confirmed: the value stays; the next edit is made over the version the ERP wrote.
  if (after.target === REGISTER_TARGET && after.base_version && was)
    setClientErpVersion(db, after.client_id, after.base_version);
}

/** The ERP's values of the fields an edit held. */
function pickKnown(r: ClientErpEditRecord): Values {
  const known = erpValuesOf(r);
  if (r.target !== REGISTER_TARGET) return { address: known.address ?? null };
  return Object.fromEntries(
    Object.keys(parseValues(r.fields))
      .filter((f) => f in known)
      .map((f) => [f, known[f]]),
  );
}
