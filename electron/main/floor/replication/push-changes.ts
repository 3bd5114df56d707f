/**
 * Writes a seat's captured changes to the central database in one transaction. An insert whose
 * key another seat took first, or an update of a row another seat deleted, is a stale cache:
 * the whole transaction is undone and the caller catches up and runs the write again.
 */
import type pg from 'pg';
import { AppFailure } from '../../../../shared/ipc/result';
import type { CapturedChange } from './capture';
import type { PushContext, ReplicatedTable, Row } from './replicated-table';

export class StaleCache extends Error {
  constructor(readonly table: string) {
    super(`cache behind the central database (${table})`);
  }
}

/** The central database could not be reached (no connection, server refusing, link dropped). */
export class CentralUnreachable extends Error {
  constructor(override readonly cause: unknown) {
    super(`banco central inacessível: ${(cause as Error).message}`);
  }
}

/** No SQLSTATE (network), connection exceptions (08) and shutdowns (57P0x). */
const isLinkFailure = (e: unknown): boolean => {
  const code = (e as { code?: unknown }).code;
  return !(typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) || /^08|^57P0/.test(code);
};

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const UNIQUE_VIOLATION = '23505';

export async function pushChanges(
  pool: pg.Pool,
  dataDir: string,
  tables: readonly ReplicatedTable[],
  changes: CapturedChange[],
  /** Runs in the transaction before COMMIT (a job's lease fence); a throw undoes everything. */
  beforeCommit?: (query: PushContext['query']) => Promise<void>,
  /** The change-feed cursor of the cache the write was computed on (guardStale tables). */
  cacheCursor?: number,
): Promise<void> {
  const byName = new Map(tables.map((t) => [t.pg, t]));
  const shared = changes.filter((c) => byName.has(c.table));
  if (shared.length === 0) return;
  const client = await pool.connect().catch((e: unknown) => {
    throw new CentralUnreachable(e);
  });
  const query = async (text: string, values?: unknown[]) => {
    const r = await client.query(text, values);
    return { rowCount: r.rowCount, rows: r.rows as Row[] };
  };
  try {
    await client.query('BEGIN');
    for (const c of shared) {
      const t = byName.get(c.table) as ReplicatedTable;
      if (c.op === 'insert' && c.row) await t.beforePush?.({ dataDir, query }, c.row);
      await pushOne(query, t, c, cacheCursor);
    }
    await beforeCommit?.(query);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (e instanceof AppFailure) throw e;
    if ((e as { code?: string }).code === UNIQUE_VIOLATION)
      throw new StaleCache(
        `${(e as { table?: string }).table ?? ''} ${(e as { detail?: string }).detail ?? ''}`,
      );
    if (e instanceof StaleCache || !isLinkFailure(e)) throw e;
    throw new CentralUnreachable(e);
  } finally {
    client.release();
  }
}

type Query = (text: string, values?: unknown[]) => Promise<{ rowCount: number | null }>;

async function pushOne(
  query: Query,
  t: ReplicatedTable,
  c: CapturedChange,
  cacheCursor: number | undefined,
): Promise<void> {
  const keyRow = (c.row ?? c.old) as Row;
  const where = (from: number) => t.key.map((k, i) => `${q(k)} = $${from + i}`).join(' AND ');
  const keyValues = t.key.map((k) => keyRow[k]);
  if (t.mode === 'columns') {
    // Columns of a row the ERP owns: the central row exists once someone wrote them.
    const cols = t.columns;
    const sets = cols.filter((x) => !t.key.includes(x)).map((x) => `${q(x)} = excluded.${q(x)}`);
    const guard = t.guardStale && cacheCursor !== undefined;
    const r = await query(
      `INSERT INTO ${q(t.pg)} (${cols.map(q).join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})
       ON CONFLICT (${t.key.map(q).join(', ')}) DO UPDATE SET ${sets.join(', ')}${
         guard ? ` WHERE ${q(t.pg)}.seq <= $${cols.length + 1}` : ''
       }`,
      [...cols.map((x) => (c.row as Row)[x]), ...(guard ? [cacheCursor] : [])],
    );
    if (guard && r.rowCount === 0) throw new StaleCache(t.pg);
    return;
  }
  if (c.op === 'insert') {
    const row = c.row as Row;
    await query(
      `INSERT INTO ${q(t.pg)} (${t.columns.map(q).join(', ')}) VALUES (${t.columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      t.columns.map((x) => row[x]),
    );
  } else if (c.op === 'update') {
    // Only what this write changed: two seats editing different fields of a row both win.
    const row = c.row as Row;
    const changed = t.columns.filter((x) => !t.key.includes(x) && row[x] !== c.old?.[x]);
    if (changed.length === 0) return;
    const guard = t.guardStale && cacheCursor !== undefined;
    const r = await query(
      `UPDATE ${q(t.pg)} SET ${changed.map((x, i) => `${q(x)} = $${i + 1}`).join(', ')} WHERE ${where(changed.length + 1)}${
        guard ? ` AND seq <= $${changed.length + t.key.length + 1}` : ''
      }`,
      [...changed.map((x) => row[x]), ...keyValues, ...(guard ? [cacheCursor] : [])],
    );
    if (r.rowCount === 0) throw new StaleCache(t.pg);
  } else {
    await query(`DELETE FROM ${q(t.pg)} WHERE ${where(1)}`, keyValues);
  }
}
