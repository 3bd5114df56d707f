import type { Generated } from 'kysely';
import type { BureauQueryRecord } from '../../db/repos/bureau-queries.repo';

/** The floor-wide bureau ledger: the SQLite ledger's columns plus the pending row's holder. */
export interface CentralBureauQuery extends Omit<BureauQueryRecord, 'id'> {
  id: Generated<number>;
  held_by: string | null;
  lease_until: Date | null;
}

export interface LedgerTables {
  bureau_queries: CentralBureauQuery;
}
