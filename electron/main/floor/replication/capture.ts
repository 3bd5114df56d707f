/**
 * Records what a service writes to the shared tables, on this seat's SQLite connection, so the
 * same rows can be written to the central database first. TEMP triggers (this connection only;
 * worker connections never fire them) add one JSON image per row change to a TEMP table while
 * a capture is open; the capture's transaction is then rolled back, so the cache changes only
 * when the central database has committed and the feed brings the rows back.
 */
import type { Db } from '../../db/connection';
import { LOCAL_SIDE_TABLES, type ReplicatedTable, type Row } from './replicated-table';

export interface CapturedChange {
  /** The ReplicatedTable's pg name, or a local side table's name. */
  table: string;
  op: 'insert' | 'update' | 'delete';
  /** Before the first change of the capture (update, delete). */
  old: Row | null;
  /** After the last change (insert, update). */
  row: Row | null;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const image = (prefix: 'NEW' | 'OLD', columns: readonly string[]) =>
  `json_object(${columns.map((c) => `'${c}', ${prefix}.${q(c)}`).join(', ')})`;

function triggersFor(
  name: string,
  local: string,
  columns: readonly string[],
  only?: readonly string[],
): string {
  const when = 'WHEN EXISTS (SELECT 1 FROM floor_capturing)';
  const add = (op: string, old: string, row: string) =>
    `INSERT INTO floor_captured (tbl, op, old, row) VALUES ('${name}', '${op}', ${old}, ${row});`;
  const t = (suffix: string) => q(`floor_capture_${name}_${suffix}`);
  const updateOf = only ? ` OF ${only.map(q).join(', ')}` : '';
  const parts = [
    `CREATE TEMP TRIGGER ${t('u')} AFTER UPDATE${updateOf} ON main.${q(local)} ${when} BEGIN ${add('update', image('OLD', columns), image('NEW', columns))} END;`,
  ];
  if (!only)
    parts.push(
      `CREATE TEMP TRIGGER ${t('i')} AFTER INSERT ON main.${q(local)} ${when} BEGIN ${add('insert', 'NULL', image('NEW', columns))} END;`,
      `CREATE TEMP TRIGGER ${t('d')} AFTER DELETE ON main.${q(local)} ${when} BEGIN ${add('delete', image('OLD', columns), 'NULL')} END;`,
    );
  return parts.join('\n');
}

/** Idempotent per connection ("Restaurar backup" opens a new one, which gets them again). */
export function installCapture(db: Db, tables: readonly ReplicatedTable[]): void {
  const installed = db.prepare("SELECT 1 FROM temp.sqlite_master WHERE name = 'floor_captured'").get();
  if (installed) return;
  const sql = [
    'CREATE TEMP TABLE floor_capturing (on_ INTEGER)',
    'CREATE TEMP TABLE floor_captured (n INTEGER PRIMARY KEY, tbl TEXT NOT NULL, op TEXT NOT NULL, old TEXT, row TEXT)',
  ];
  for (const t of tables)
    sql.push(
      triggersFor(
        t.pg,
        t.local,
        t.columns,
        t.mode === 'columns' ? t.columns.filter((c) => !t.key.includes(c)) : undefined,
      ),
    );
  for (const local of LOCAL_SIDE_TABLES) {
    const columns = (db.pragma(`table_info(${q(local)})`) as { name: string }[]).map((c) => c.name);
    sql.push(triggersFor(local, local, columns));
  }
  db.exec(sql.join(';\n'));
}

const keyOf = (table: string, key: readonly string[] | undefined, r: Row) =>
  `${table}:${JSON.stringify(key ? key.map((k) => r[k]) : r)}`;

/**
 * SQLite gives a new row "largest id + 1": a throw-away row at `firstId - 1` (rolled back with
 * the capture) makes the service's inserts take the ids this seat reserved centrally. Foreign
 * keys are deferred to a commit that never comes; the central database checks its own.
 */
function steerIds(db: Db, tables: readonly ReplicatedTable[], firstId: number): void {
  db.pragma('defer_foreign_keys = ON');
  for (const t of tables) {
    if (!t.placeholder) continue;
    const max = (db.prepare(`SELECT max(id) AS m FROM ${q(t.local)}`).get() as { m: number | null }).m ?? 0;
    if (max >= firstId - 1) continue;
    const row = { ...t.placeholder, id: firstId - 1 };
    const cols = Object.keys(row);
    db.prepare(
      `INSERT INTO ${q(t.local)} (${cols.map(q).join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
    ).run(row);
  }
}

/**
 * Runs `write` in a transaction with capture on, returns its result and the net changes (one
 * per row, in first-touched order: parents before children), and rolls everything back.
 * `firstId`: the start of the id block reserved for this write (none: SQLite's own choice).
 */
export function captureWrites<T>(
  db: Db,
  tables: readonly ReplicatedTable[],
  write: () => T,
  firstId?: number,
): { result: T; changes: CapturedChange[] } {
  installCapture(db, tables);
  const keys = new Map(tables.map((t) => [t.pg, t.key]));
  const rollback = new Error('floor capture rollback');
  let out: { result: T; changes: CapturedChange[] } | undefined;
  try {
    db.transaction(() => {
      if (firstId !== undefined) steerIds(db, tables, firstId);
      db.prepare('INSERT INTO temp.floor_capturing (on_) VALUES (1)').run();
      const result = write();
      const raw = db.prepare('SELECT tbl, op, old, row FROM temp.floor_captured ORDER BY n').all() as {
        tbl: string;
        op: CapturedChange['op'];
        old: string | null;
        row: string | null;
      }[];
      out = { result, changes: reduce(raw, keys) };
      throw rollback;
    })();
  } catch (e) {
    if (e !== rollback) throw e;
  }
  return out as { result: T; changes: CapturedChange[] };
}

function reduce(
  raw: { tbl: string; op: CapturedChange['op']; old: string | null; row: string | null }[],
  keys: Map<string, readonly string[]>,
): CapturedChange[] {
  const byRow = new Map<string, CapturedChange>();
  for (const r of raw) {
    const old = r.old === null ? null : (JSON.parse(r.old) as Row);
    const row = r.row === null ? null : (JSON.parse(r.row) as Row);
    const id = keyOf(r.tbl, keys.get(r.tbl) ?? ['id'], (row ?? old) as Row);
    const prev = byRow.get(id);
    if (!prev) {
      byRow.set(id, { table: r.tbl, op: r.op, old, row });
      continue;
    }
    // Net effect: insert+update = insert; insert+delete = nothing; update+delete = delete.
    if (r.op === 'delete') {
      if (prev.op === 'insert') byRow.delete(id);
      else byRow.set(id, { ...prev, op: 'delete', row: null });
    } else {
      byRow.set(id, { ...prev, op: prev.op === 'delete' ? 'update' : prev.op, row });
    }
  }
  return [...byRow.values()];
}
