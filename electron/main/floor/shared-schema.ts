/**
 * Row types of the shared tables, as Kysely sees them on both engines (same column names and
 * value shapes in PostgreSQL and SQLite). One interface per feature, joined here like the IPC
 * contract: add `& <Feature>Tables` with a one-line import.
 */
import type { AccountsTables } from './schema/accounts.schema';
import type { ClientRecordTables } from './schema/client-records.schema';
import type { JobRunsTables } from './schema/job-runs.schema';
import type { JobsTables } from './schema/jobs.schema';
import type { LedgerTables } from './schema/ledger.schema';
import type { SettingsTables } from './schema/settings.schema';

export interface SharedSchema
  extends AccountsTables, ClientRecordTables, JobRunsTables, JobsTables, LedgerTables, SettingsTables {}
