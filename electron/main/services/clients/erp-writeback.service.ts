/**
 * Edits of ERP-owned fields go back to the ERP: recorded in client_erp_edits in the same
 * transaction as the local change, sent by the ERP outbox (same Idempotency-Key on every try),
 * settled by the ERP's answer: confirmed (mark gone), 400/422 (value back to the ERP's, the
 * message on the field, Histórico), 409 (both values kept, the agent chooses).
 */
import { randomUUID } from 'node:crypto';
import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import type { ClientErpEdit, ErpEditTarget } from '../../../../shared/ipc/dto/client-erp-edits';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import type { Db } from '../../db/connection';
import { insertAudit, type FieldChanges } from '../../db/repos/audit.repo';
import {
  closeClientErpEdit,
  getClientErpEdit,
  getClientErpEditById,
  listClientErpEdits,
  listWaitingErpEdits,
  markErpEditConflict,
  markErpEditFailed,
  markErpEditRejected,
  markErpEditSending,
  rebaseErpEdit,
  saveClientErpEdit,
  setClientErpVersion,
  type ClientErpEditRecord,
} from '../../db/repos/client-erp-edits.repo';
import { getUserById } from '../../db/repos/users.repo';
import { floorWrite } from '../../floor/replication/floor-write';
import type {
  ErpAddressKind,
  ErpAddressWrite,
  ErpClientWriteResult,
  ErpGateway,
  ErpRegisterFields,
} from '../../gateways/erp/erp-gateway';
import { REGISTER_FIELDS, sameValue } from '../erp/erp-client-columns';
import { announceClientChanges } from '../erp/erp-sync.service';
import { LOCAL_OUTBOX_WRITE, type OutboxWrite } from '../credit-release/decision-outbox';
import { ERP_WRITEBACK_ACTIONS } from './erp-writeback-actions';
import {
  isOpenEdit,
  parseValues as parse,
  REGISTER_TARGET,
  restoreAddress,
  restoreRegister,
} from './erp-edit-overlay';

export { REGISTER_TARGET };
export const addressTarget = (kind: ErpAddressKind): ErpEditTarget => `address:${kind}`;
const BATCH = 50;

type Values = Record<string, unknown>;

function erpVersionOf(db: Db, clientId: number): { erpCode: string; version: string | null } {
  const r = db.prepare('SELECT erp_code, erp_version FROM clients WHERE id = ?').get(clientId) as
    { erp_code: string; erp_version: string | null } | undefined;
  return { erpCode: r?.erp_code ?? '', version: r?.erp_version ?? null };
}

/**
 * Merges a save into the client's open edit of `target`: `before` is what the screen showed
 * (the ERP's value unless a field was already pending). A field edited back to the ERP's value
 * is no longer pending; nothing left pending removes the row. Call inside the save's transaction.
 */
function mergeEdit(
  db: Db,
  user: SessionUser,
  clientId: number,
  target: string,
  before: Values,
  after: Values,
  at: string,
): void {
  const existing = getClientErpEdit(db, clientId, target);
  const open = existing && isOpenEdit(existing) ? existing : undefined;
  const mine = open ? parse(open.fields) : {};
  // Saving again over a conflict keeps the agent's values over the ERP's newest version.
  const seen = open ? { ...parse(open.erp_fields), ...parse(open.conflict_fields) } : {};
  const { erpCode, version } = erpVersionOf(db, clientId);
  const base = open ? (open.conflict_version ?? open.base_version) : version;
  for (const f of Object.keys(after)) {
    if (sameValue(before[f], after[f])) continue;
    if (!(f in seen)) seen[f] = before[f];
    mine[f] = after[f];
  }
  for (const f of Object.keys(mine))
    if (sameValue(mine[f], seen[f])) {
      delete mine[f];
      delete seen[f];
    }
  if (Object.keys(mine).length === 0) {
    if (existing) closeClientErpEdit(db, existing.id, 'withdrawn');
    return;
  }
  saveClientErpEdit(db, {
    clientId,
    erpCode,
    target,
    fields: mine,
    erpFields: seen,
    baseVersion: base,
    idempotencyKey: randomUUID(),
    userId: user.id,
    userName: user.name,
    at,
  });
}

export function recordRegisterEdit(
  db: Db,
  user: SessionUser,
  clientId: number,
  before: ErpRegisterFields,
  after: ErpRegisterFields,
  at: string,
): void {
  const pick = (v: ErpRegisterFields): Values => Object.fromEntries(REGISTER_FIELDS.map((f) => [f, v[f]]));
  mergeEdit(db, user, clientId, REGISTER_TARGET, pick(before), pick(after), at);
}

/** An address is written back whole: `before` null when the slot was empty. */
export function recordAddressEdit(
  db: Db,
  user: SessionUser,
  clientId: number,
  kind: ErpAddressKind,
  before: ErpAddressWrite['address'] | null,
  after: ErpAddressWrite['address'],
  at: string,
): void {
  const target = addressTarget(kind);
  const existing = getClientErpEdit(db, clientId, target);
  const seen = existing && isOpenEdit(existing) ? parse(existing.erp_fields) : { address: before };
  const { erpCode } = erpVersionOf(db, clientId);
  if (sameValue(seen.address, after)) {
    if (existing) closeClientErpEdit(db, existing.id, 'withdrawn');
    return;
  }
  saveClientErpEdit(db, {
    clientId,
    erpCode,
    target,
    fields: { address: after },
    erpFields: seen,
    baseVersion: null,
    idempotencyKey: randomUUID(),
    userId: user.id,
    userName: user.name,
    at,
  });
}

const erpAudit = (db: Db, clientId: number, action: string, changes: FieldChanges, at: string) =>
  insertAudit(db, {
    at,
    userId: null,
    userName: 'ERP',
    entity: 'client',
    entityId: clientId,
    action,
    changes,
  });

function changesOf(from: Values, to: Values): FieldChanges {
  const out: FieldChanges = {};
  for (const f of Object.keys(from)) {
    if (f === 'address') {
      const a = (from.address ?? {}) as Values;
      const b = (to.address ?? {}) as Values;
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)]))
        if (!sameValue(a[k], b[k])) out[k] = { before: a[k] ?? null, after: b[k] ?? null };
    } else out[f] = { before: from[f], after: to[f] ?? null };
  }
  return out;
}

/**
 * The settle steps below run through `write`: on one desktop a local transaction; in floor mode a
 * shared write fenced by the outbox lease, whose local half (the values on the clients row) every
 * seat then derives from the edit row (erp-edit-overlay.ts).
 */
const inTransaction = (core: Core, write: OutboxWrite, fn: () => void) =>
  write.run(() => core.db.transaction(fn)());

function reject(core: Core, write: OutboxWrite, sent: ClientErpEditRecord, message: string) {
  const at = core.now().toISOString();
  return inTransaction(core, write, () => {
    const row = getClientErpEditById(core.db, sent.id);
    if (!row || row.idempotency_key !== sent.idempotency_key) return;
    const mine = parse(row.fields);
    const seen = parse(row.erp_fields);
    if (row.target === REGISTER_TARGET) restoreRegister(core.db, row.client_id, seen);
    else restoreAddress(core.db, row.client_id, row.target, seen);
    markErpEditRejected(core.db, row.id, message);
    erpAudit(
      core.db,
      row.client_id,
      ERP_WRITEBACK_ACTIONS.rejected,
      { ...changesOf(mine, seen), motivo: { before: null, after: message } },
      at,
    );
  });
}

function settleRegister(
  core: Core,
  write: OutboxWrite,
  sent: ClientErpEditRecord,
  answer: ErpClientWriteResult,
) {
  return inTransaction(core, write, () => {
    const row = getClientErpEditById(core.db, sent.id);
    // Withdrawn meanwhile (the agent typed the ERP's value back): the next sync shows what the ERP kept.
    if (!row || row.closed !== null) return;
    const mine = parse(row.fields);
    const erpNow = answer.fields as unknown as Values;
    const differing = Object.keys(mine).filter((f) => !sameValue(erpNow[f], mine[f]));
    if (answer.kind === 'conflict' && differing.length > 0) {
      if (row.idempotency_key !== sent.idempotency_key) return;
      const conflicts = Object.fromEntries(differing.map((f) => [f, erpNow[f]]));
      markErpEditConflict(core.db, row.id, conflicts, answer.version, answer.message);
      return;
    }
    setClientErpVersion(core.db, row.client_id, answer.version);
    if (row.idempotency_key === sent.idempotency_key)
      closeClientErpEdit(core.db, row.id, 'confirmed', answer.version);
    // Edited again while this send was on the way: the next send is made over the version just written.
    else
      rebaseErpEdit(
        core.db,
        row.id,
        answer.version,
        Object.fromEntries(Object.keys(mine).map((f) => [f, erpNow[f]])),
      );
  });
}

function settleAddress(core: Core, write: OutboxWrite, sent: ClientErpEditRecord) {
  return inTransaction(core, write, () => {
    const row = getClientErpEditById(core.db, sent.id);
    if (!row || row.closed !== null) return;
    if (row.idempotency_key === sent.idempotency_key) closeClientErpEdit(core.db, row.id, 'confirmed');
    else rebaseErpEdit(core.db, row.id, row.base_version ?? '', parse(sent.fields));
  });
}

function actorOf(core: Core, row: ClientErpEditRecord) {
  const user = row.user_id === null ? undefined : getUserById(core.db, row.user_id);
  return {
    login: user?.login ?? 'desconhecido',
    name: user?.name ?? row.user_name ?? 'Central de Atendimento',
  };
}

async function send(core: Core, erp: ErpGateway, write: OutboxWrite, row: ClientErpEditRecord) {
  const changedBy = actorOf(core, row);
  if (row.target === REGISTER_TARGET) {
    const answer = await erp.updateClient(row.erp_code, {
      fields: parse(row.fields) as Partial<ErpRegisterFields>,
      expectedVersion: row.base_version,
      changedBy,
      idempotencyKey: row.idempotency_key,
    });
    await settleRegister(core, write, row, answer);
  } else {
    await erp.updateAddress(row.erp_code, row.target.slice('address:'.length) as ErpAddressKind, {
      address: parse(row.fields).address as ErpAddressWrite['address'],
      changedBy,
      idempotencyKey: row.idempotency_key,
    });
    await settleAddress(core, write, row);
  }
}

const reasonOf = (e: unknown): string => (e instanceof AppFailure ? e.message : 'falha inesperada');

/**
 * Sends the waiting edits, oldest first. The ERP refusing one (400/422/404) settles it and
 * goes on; the ERP not answering stops here, and the rest waits for the next outbox run. In
 * floor mode only the outbox lease holder sends, every mark a shared write (`write`): a holder
 * that dies between the ERP's answer and its mark leaves the row pending, and the next one sends
 * it again with the same Idempotency-Key (the ERP answers the first result).
 */
export async function flushClientEdits(
  core: Core,
  erp: ErpGateway,
  write: OutboxWrite = LOCAL_OUTBOX_WRITE,
): Promise<{ sent: number; problem: string | null }> {
  const done = { sent: 0, problem: null as string | null };
  for (const row of listWaitingErpEdits(core.db, BATCH)) {
    if (write.signal?.aborted) break;
    try {
      await write.run(() => markErpEditSending(core.db, row.id, core.now().toISOString()));
      try {
        await send(core, erp, write, row);
        done.sent += 1;
      } catch (e) {
        if (!(e instanceof AppFailure && (e.code === 'VALIDATION' || e.code === 'NOT_FOUND'))) throw e;
        await reject(core, write, row, e.message);
      }
    } catch (e) {
      // The ERP or (floor mode) the central database not answering, or the lease lost.
      await write.run(() => markErpEditFailed(core.db, row.id, reasonOf(e))).catch(() => undefined);
      done.problem = reasonOf(e);
      break;
    } finally {
      announceClientChanges(core, [row.client_id]);
    }
  }
  return done;
}

const toDto = (r: ClientErpEditRecord): ClientErpEdit => ({
  target: r.target as ErpEditTarget,
  state: r.state,
  mine: parse(r.fields),
  erp: r.state === 'conflict' ? parse(r.conflict_fields) : parse(r.erp_fields),
  savedAt: r.created_at,
  sentAt: r.sent_at,
  message: r.message,
  lastError: r.last_error,
});

export const listClientEdits = (core: Core, clientId: number): ClientErpEdit[] =>
  listClientErpEdits(core.db, clientId).map(toDto);

/**
 * The agent's choice in a conflict: keep theirs (sent again over the ERP's version) or take the
 * ERP's. A shared write in floor mode: every seat's open client follows.
 */
export async function resolveConflict(
  core: Core,
  user: SessionUser,
  clientId: number,
  target: ErpEditTarget,
  choice: 'mine' | 'erp',
): Promise<ClientErpEdit[]> {
  const at = core.now().toISOString();
  await floorWrite(core, () =>
    core.db.transaction(() => {
      const row = getClientErpEdit(core.db, clientId, target);
      if (!row || row.state !== 'conflict') throw new AppFailure('erp.writebackNoConflict');
      const mine = parse(row.fields);
      const theirs = parse(row.conflict_fields);
      const seen = { ...parse(row.erp_fields), ...theirs };
      const kept =
        choice === 'mine' ? mine : Object.fromEntries(Object.entries(mine).filter(([f]) => !(f in theirs)));
      if (choice === 'erp') restoreRegister(core.db, clientId, theirs);
      insertAudit(core.db, {
        at,
        userId: user.id,
        userName: user.name,
        entity: 'client',
        entityId: clientId,
        action: choice === 'mine' ? ERP_WRITEBACK_ACTIONS.keptMine : ERP_WRITEBACK_ACTIONS.tookErp,
        changes: Object.fromEntries(
          Object.keys(theirs).map((f) =>
            choice === 'mine'
              ? [f, { before: theirs[f], after: mine[f] }]
              : [f, { before: mine[f], after: theirs[f] }],
          ),
        ),
      });
      if (Object.keys(kept).length === 0) return closeClientErpEdit(core.db, row.id, 'withdrawn');
      saveClientErpEdit(core.db, {
        clientId,
        erpCode: row.erp_code,
        target: row.target,
        fields: kept,
        erpFields: Object.fromEntries(Object.keys(kept).map((f) => [f, seen[f]])),
        baseVersion: row.conflict_version ?? row.base_version,
        idempotencyKey: randomUUID(),
        userId: user.id,
        userName: user.name,
        at,
      });
    })(),
  );
  return listClientEdits(core, clientId);
}

/** Closes the notice of a rejection (the value is already the ERP's), on every seat in floor mode. */
export async function dismissRejection(
  core: Core,
  clientId: number,
  target: ErpEditTarget,
): Promise<ClientErpEdit[]> {
  await floorWrite(core, () => {
    const row = getClientErpEdit(core.db, clientId, target);
    if (!row || row.state !== 'rejected') throw new AppFailure('erp.writebackNothingToDismiss');
    closeClientErpEdit(core.db, row.id, 'withdrawn');
  });
  return listClientEdits(core, clientId);
}
