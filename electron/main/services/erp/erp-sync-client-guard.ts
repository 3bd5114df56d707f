/**
 * What a page of ERP clients must respect besides the upsert, on the db handle it is given
 * (so it runs the same on the main thread or in the sync worker):
 * - a field with an edit still waiting for the ERP keeps the agent's value; when the ERP sent
 *   a different value of that field than the one the agent edited over, the edit becomes a
 *   conflict (both values shown, the agent chooses);
 * - every field the sync changes on an existing client goes to its Histórico as
 *   "Atualizado pelo ERP", before/after, in the page's transaction, one entry per client per run.
 * A client the page inserts records nothing: there is no "before" (an initial load writes no
 * history rows at all).
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../../db/connection';
import { listOpenRegisterEdits, markErpEditConflict } from '../../db/repos/client-erp-edits.repo';
import type { ErpClientRecord } from '../../gateways/erp/erp-gateway';
import { fromColumn, sameValue, SYNCED_COLUMNS, SYNCED_FIELDS, toColumn } from './erp-client-columns';

export const SYNC_HISTORY_ACTION = 'Atualizado pelo ERP';
export const SYNC_HISTORY_USER = 'ERP';

type Row = Record<string, unknown> & { id: number; erp_code: string };
type Changes = Record<string, { before: unknown; after: unknown }>;

export interface PageSnapshot {
  codes: string;
  /** Stored rows of the clients whose ERP version changed (the only ones a diff can find). */
  rows: Map<string, Row>;
  ids: string;
  hasOpenEdits: boolean;
}

export interface ClientSyncGuard {
  /** Before the upsert: the page's clients as stored, or null when none exists yet (nothing to compare). */
  before(records: ErpClientRecord[]): PageSnapshot | null;
  /** After the upsert, same transaction. */
  after(snapshot: PageSnapshot, records: ErpClientRecord[], at: string): void;
  /** Clients this run changed or put in conflict (for the event the main thread sends afterwards). */
  changedClientIds(): number[];
}

export function createClientSyncGuard(db: Db): ClientSyncGuard {
  const columns = SYNCED_FIELDS.map((f) => SYNCED_COLUMNS[f]).join(', ');
  // The version first: a client whose stored ERP version equals the page's cannot have changed,
  // so a full re-read compares (and reads whole rows of) only what the ERP really changed.
  const versions = db.prepare(
    'SELECT id, erp_code, erp_version FROM clients WHERE erp_code IN (SELECT value FROM json_each(?))',
  );
  const select = db.prepare(
    `SELECT id, erp_code, ${columns} FROM clients WHERE id IN (SELECT value FROM json_each(?))`,
  );
  const anyOpenEdit = db.prepare(
    `SELECT 1 FROM client_erp_edits WHERE state IN ('pending', 'conflict') AND closed IS NULL AND target = 'client'
     LIMIT 1`,
  );
  const insertAudit = db.prepare(
    `INSERT INTO audit_log (at, user_id, user_name, entity, entity_id, action, changes)
     VALUES (?, NULL, ?, 'client', ?, ?, ?)`,
  );
  const updateAudit = db.prepare('UPDATE audit_log SET at = ?, changes = ? WHERE id = ?');
  const restores = new Map<string, Statement>();
  // One Histórico entry per client per run: a client read twice in a run updates its entry.
  const runEntries = new Map<number, { auditId: number; changes: Changes }>();
  const conflicted = new Set<number>();

  const rowsOf = (ids: string) => new Map((select.all(ids) as Row[]).map((r) => [r.erp_code, r]));

  function restore(clientId: number, values: Record<string, unknown>): void {
    const fields = Object.keys(values).filter((f) => f in SYNCED_COLUMNS);
    if (fields.length === 0) return;
    const sql = `UPDATE clients SET ${fields.map((f) => `${SYNCED_COLUMNS[f as keyof typeof SYNCED_COLUMNS]} = ?`).join(', ')} WHERE id = ?`;
    let stmt = restores.get(sql);
    if (!stmt) restores.set(sql, (stmt = db.prepare(sql)));
    stmt.run(...fields.map((f) => toColumn(f, values[f])), clientId);
  }

  function keepPendingEdits(snapshot: PageSnapshot, byCode: Map<string, ErpClientRecord>): void {
    for (const edit of listOpenRegisterEdits(db, snapshot.codes)) {
      const record = byCode.get(edit.erp_code);
      if (!record) continue;
      const mine = JSON.parse(edit.fields) as Record<string, unknown>;
      const seen = JSON.parse(edit.erp_fields) as Record<string, unknown>;
      const conflicts = edit.conflict_fields
        ? (JSON.parse(edit.conflict_fields) as Record<string, unknown>)
        : {};
      let changed = false;
      for (const [f, value] of Object.entries(mine)) {
        const incoming = record[f as keyof ErpClientRecord];
        const erpMovedOn = !sameValue(incoming, value) && !sameValue(incoming, seen[f]);
        if (erpMovedOn && !sameValue(conflicts[f], incoming)) {
          conflicts[f] = incoming;
          changed = true;
        }
      }
      restore(edit.client_id, mine);
      if (changed) {
        markErpEditConflict(db, edit.id, conflicts, record.changedAt, null);
        conflicted.add(edit.client_id);
      }
    }
  }

  function recordHistory(snapshot: PageSnapshot, at: string): void {
    for (const [code, now] of rowsOf(snapshot.ids)) {
      const was = snapshot.rows.get(code);
      if (!was) continue;
      let changes: Changes | null = null;
      for (const f of SYNCED_FIELDS) {
        const col = SYNCED_COLUMNS[f];
        if (was[col] === now[col]) continue;
        changes ??= {};
        changes[f] = { before: fromColumn(f, was[col]), after: fromColumn(f, now[col]) };
      }
      if (!changes) continue;
      const entry = runEntries.get(now.id);
      if (entry) {
        for (const [f, c] of Object.entries(changes))
          entry.changes[f] = { before: entry.changes[f]?.before ?? c.before, after: c.after };
        updateAudit.run(at, JSON.stringify(entry.changes), entry.auditId);
      } else {
        const auditId = Number(
          insertAudit.run(at, SYNC_HISTORY_USER, String(now.id), SYNC_HISTORY_ACTION, JSON.stringify(changes))
            .lastInsertRowid,
        );
        runEntries.set(now.id, { auditId, changes });
      }
    }
  }

  return {
    before(records) {
      const codes = JSON.stringify(records.map((r) => r.erpCode));
      const stored = new Map(
        (versions.all(codes) as { id: number; erp_code: string; erp_version: string | null }[]).map((r) => [
          r.erp_code,
          r,
        ]),
      );
      if (stored.size === 0) return null;
      const changed: number[] = [];
      for (const r of records) {
        const s = stored.get(r.erpCode);
        if (s && s.erp_version !== r.changedAt) changed.push(s.id);
      }
      const ids = JSON.stringify(changed);
      const rows = changed.length > 0 ? rowsOf(ids) : new Map<string, Row>();
      const hasOpenEdits = anyOpenEdit.get() !== undefined;
      return rows.size === 0 && !hasOpenEdits ? null : { codes, rows, ids, hasOpenEdits };
    },
    after(snapshot, records, at) {
      if (snapshot.hasOpenEdits) keepPendingEdits(snapshot, new Map(records.map((r) => [r.erpCode, r])));
      if (snapshot.rows.size > 0) recordHistory(snapshot, at);
    },
    changedClientIds: () => [...new Set([...runEntries.keys(), ...conflicted])],
  };
}
