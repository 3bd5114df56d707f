/**
 * Every table the change feed carries, parents before children. Joined here like the IPC
 * contract: each part of floor mode adds `...<part>Tables` with a one-line import.
 */
import { clientRecordTables } from './client-record-tables';
import { creditTables } from './credit-tables';
import { erpEditTables } from './erp-edit-tables';
import type { ReplicatedTable } from './replicated-table';

export const REPLICATED_TABLES: readonly ReplicatedTable[] = [
  ...clientRecordTables,
  ...creditTables,
  ...erpEditTables,
];
