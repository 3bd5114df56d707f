/** Where each ERP table lands in SQLite. Writers prepare their statements once per sync run. */
import type { Db } from '../../db/connection';
import { erpClientUpserter } from '../../db/repos/erp-clients.repo';
import { erpRecordUpserter } from '../../db/repos/erp-records.repo';
import { receivableUpserter } from '../../db/repos/receivables.repo';
import type {
  ErpClientRecord,
  ErpGenericRecord,
  ErpReceivableTitle,
  ErpTable,
  ErpTableRecord,
} from '../../gateways/erp/erp-gateway';
import { createClientSyncGuard, type ClientSyncGuard } from './erp-sync-client-guard';

export type PageWriter = (records: ErpTableRecord<ErpTable>[], syncedAt: string) => void;

/** `guard` keeps pending edits and writes Histórico; pass your own to read what the run changed. */
export function createWriters(
  db: Db,
  guard: ClientSyncGuard = createClientSyncGuard(db),
): (table: ErpTable) => PageWriter {
  const client = erpClientUpserter(db);
  const receivable = receivableUpserter(db);
  const generic = erpRecordUpserter(db);
  return (table) => {
    if (table === 'empresa' || table === 'contato')
      return (records, syncedAt) => {
        const page = records as ErpClientRecord[];
        const snapshot = guard.before(page);
        for (const r of page) client(r);
        if (snapshot) guard.after(snapshot, page, syncedAt);
      };
    if (table === 'fatura')
      return (records, syncedAt) => {
        for (const r of records as ErpReceivableTitle[]) receivable(r, syncedAt);
      };
    return (records) => {
      for (const r of records as ErpGenericRecord[]) generic(table, r);
    };
  };
}
