/**
 * Whether the central database already holds a company's shared data. The floor's own
 * bookkeeping tables (floor_meta, floor_migrations, floor_imports, the change feed's
 * floor_tombstones, job leases…) are named floor_* and never count: a database just claimed by
 * its first seat is still "empty, ready to import". Migrations must not seed shared tables.
 */

/**
 * Bookkeeping of parts named before the floor_* rule: a counter row their migration seeds, job
 * leases a seat takes as soon as it joins, login attempts and session ends. None is the
 * company's data an import would bring.
 */
const BOOKKEEPING = [
  'accounts_version',
  // ERP data (item 6): a copy of what the ERP holds, read by the sync, never imported.
  'erp_central_cursors',
  'erp_central_records',
  'job_leases',
  'job_slots_done',
  'login_attempts',
  'user_session_revocations',
];

/** Runs one SQL text and returns its rows (a pg client, or Kysely's sql.raw in a transaction). */
export type RunSql = (text: string) => Promise<unknown[]>;

/** The first shared table that has a row, or null when every one is empty. */
export async function firstNonEmptyTable(run: RunSql): Promise<string | null> {
  const tables = (await run(
    `SELECT quote_ident(table_name) AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
        AND table_name NOT LIKE 'floor\\_%' AND table_name NOT IN (${BOOKKEEPING.map((t) => `'${t}'`).join(', ')})
      ORDER BY table_name`,
  )) as { name: string }[];
  for (const { name } of tables) {
    if ((await run(`SELECT 1 FROM ${name} LIMIT 1`)).length > 0) return name;
  }
  return null;
}
