/**
 * Applies one page of the change feed to this seat's SQLite cache: one short transaction that
 * also moves the cursor, so a crash never applies a change twice or skips one. Foreign keys
 * are off while it runs (synchronously, nothing else uses the connection meanwhile): the feed
 * may bring a child before its parent's latest version, or rows of clients the ERP sync has
 * not brought yet; the feed is consistent once read to its end.
 */
import type { Db } from '../../db/connection';
import { prepared } from '../../db/repos/client-statements.repo';
import type { ChangeTarget, ReplicatedTable, Row } from './replicated-table';

/** One entry of the feed: a row as it is now, or a tombstone (row null, key set). */
export interface FeedEntry {
  tbl: string;
  seq: number;
  row: Row | null;
  key: Row | null;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

function upsertSql(t: ReplicatedTable): string {
  if (t.mode === 'columns') {
    const sets = t.columns.filter((c) => !t.key.includes(c)).map((c) => `${q(c)} = @${c}`);
    return `UPDATE ${q(t.local)} SET ${sets.join(', ')} WHERE ${t.key.map((k) => `${q(k)} = @${k}`).join(' AND ')}`;
  }
  const sets = t.columns.filter((c) => !t.key.includes(c)).map((c) => `${q(c)} = excluded.${q(c)}`);
  return `INSERT INTO ${q(t.local)} (${t.columns.map(q).join(', ')}) VALUES (${t.columns.map((c) => `@${c}`).join(', ')})
          ON CONFLICT (${t.key.map(q).join(', ')}) DO ${sets.length ? `UPDATE SET ${sets.join(', ')}` : 'NOTHING'}`;
}

const whereKey = (t: ReplicatedTable) => t.key.map((k) => `${q(k)} = @${k}`).join(' AND ');
const pick = (r: Row, cols: readonly string[]) => Object.fromEntries(cols.map((c) => [c, r[c] ?? null]));

/** Applies the entries (in seq order) and stores `cursor`; returns what the open screens must refetch. */
export function applyFeedPage(
  db: Db,
  tables: readonly ReplicatedTable[],
  entries: FeedEntry[],
  cursor: number,
): ChangeTarget[] {
  const byName = new Map(tables.map((t) => [t.pg, t]));
  const targets: ChangeTarget[] = [];
  withoutForeignKeys(db, () =>
    db.transaction(() => {
      for (const e of entries) {
        const t = byName.get(e.tbl);
        if (!t) continue; // a table of a newer build's part: not cached by this one
        if (e.row) {
          const values = pick(e.row, t.columns);
          if (t.keepLocalRows) moveLocalRowAside(db, t, values);
          const before = t.followUp ? localRow(db, t, values) : undefined;
          prepared(db, upsertSql(t)).run(values);
          t.followUp?.(db, before, values);
          const target = t.event(db, values);
          if (target) targets.push(target);
        } else if (e.key && t.mode !== 'columns') {
          const key = pick(e.key, t.key);
          const old = localRow(db, t, key);
          if (!old) continue;
          const target = t.event(db, old);
          prepared(db, `DELETE FROM ${q(t.local)} WHERE ${whereKey(t)}`).run(key);
          t.followUp?.(db, old, null);
          if (target) targets.push(target);
        }
      }
      setReplicationCursor(db, cursor);
    })(),
  );
  return targets;
}

const localRow = (db: Db, t: ReplicatedTable, key: Row) =>
  prepared(db, `SELECT * FROM ${q(t.local)} WHERE ${whereKey(t)}`).get(pick(key, t.key)) as Row | undefined;

/** A different local row under the arriving id (written on this seat only) gets the next free id. */
function moveLocalRowAside(db: Db, t: ReplicatedTable, values: Row): void {
  const old = prepared(db, `SELECT * FROM ${q(t.local)} WHERE id = @id`).get({ id: values.id }) as
    Row | undefined;
  if (!old || t.columns.every((c) => (old[c] ?? null) === (values[c] ?? null))) return;
  prepared(db, `UPDATE ${q(t.local)} SET id = (SELECT MAX(id) + 1 FROM ${q(t.local)}) WHERE id = @id`).run({
    id: values.id,
  });
}

export function withoutForeignKeys<T>(db: Db, run: () => T): T {
  const before = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    return run();
  } finally {
    if (before) db.pragma('foreign_keys = ON');
  }
}

export interface ReplicationState {
  floorUid: string;
  cursor: number;
}

export function readReplicationState(db: Db): ReplicationState | null {
  const r = prepared(db, 'SELECT floor_uid, cursor FROM floor_replication WHERE id = 1').get() as
    { floor_uid: string; cursor: number } | undefined;
  return r ? { floorUid: r.floor_uid, cursor: r.cursor } : null;
}

export function setReplicationCursor(db: Db, cursor: number): void {
  prepared(db, 'UPDATE floor_replication SET cursor = ?, pulled_at = ? WHERE id = 1').run(
    cursor,
    new Date().toISOString(),
  );
}

/**
 * A cache that follows another central database (or a new set of tables) starts over: the
 * shared rows it holds are dropped and the whole feed is read again from seq 0.
 * `keepLocalRows` (a cursor below the pruned horizon of the same floor): the tables whose rows a
 * seat also writes alone (keepLocalRows, append-only) keep them; the refetch moves a local row
 * aside when a central one arrives under its id.
 */
export function resetCache(
  db: Db,
  tables: readonly ReplicatedTable[],
  floorUid: string,
  opts: { keepLocalRows?: boolean } = {},
): void {
  withoutForeignKeys(db, () =>
    db.transaction(() => {
      for (const t of tables) {
        if (t.keepLocalRows && opts.keepLocalRows) continue;
        // What this seat derived from the rows it drops goes with them.
        if (t.followUp && t.mode !== 'columns')
          for (const row of db.prepare(`SELECT * FROM ${q(t.local)}`).all() as Row[])
            t.followUp(db, row, null);
        if (t.mode !== 'columns') db.prepare(`DELETE FROM ${q(t.local)}`).run();
        else if (t.cleared) {
          const sets = Object.keys(t.cleared).map((c) => `${q(c)} = @${c}`);
          db.prepare(`UPDATE ${q(t.local)} SET ${sets.join(', ')}`).run(t.cleared);
        }
      }
      db.prepare(
        `INSERT INTO floor_replication (id, floor_uid, cursor) VALUES (1, ?, 0)
         ON CONFLICT (id) DO UPDATE SET floor_uid = excluded.floor_uid, cursor = 0`,
      ).run(floorUid);
    })(),
  );
}
