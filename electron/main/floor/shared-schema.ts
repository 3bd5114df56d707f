/**
 * Row types of the shared tables, as Kysely sees them on both engines (same column names and
 * value shapes in PostgreSQL and SQLite). One interface per feature, joined here like the IPC
 * contract: add `& <Feature>Tables` with a one-line import.
 */
import type { LedgerTables } from './schema/ledger.schema';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the features' tables are joined in below.
export interface SharedSchema extends LedgerTables {}
