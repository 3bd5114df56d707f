/**
 * Whether the central database already holds a company's shared data. The floor's own
 * bookkeeping tables (floor_meta, floor_migrations, floor_imports, the change feed's
 * floor_tombstones, job leases…) are named floor_* and never count: a database just claimed by
 * its first seat is still "empty, ready to import". Migrations must not seed shared tables.
 */

/** Runs one SQL text and returns its rows (a pg client, or Kysely's sql.raw in a transaction). */
export type RunSql = (text: string) => Promise<unknown[]>;

/** The first shared table that has a row, or null when every one is empty. */
export async function firstNonEmptyTable(run: RunSql): Promise<string | null> {
  const tables = (await run(
    `SELECT quote_ident(table_name) AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
        AND table_name NOT LIKE 'floor\\_%'
      ORDER BY table_name`,
  )) as { name: string }[];
  for (const { name } of tables) {
    if ((await run(`SELECT 1 FROM ${name} LIMIT 1`)).length > 0) return name;
  }
  return null;
}
