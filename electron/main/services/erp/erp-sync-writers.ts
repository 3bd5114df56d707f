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

export type PageWriter = (records: ErpTableRecord<ErpTable>[], syncedAt: string) => void;

export function createWriters(db: Db): (table: ErpTable) => PageWriter {
  const client = erpClientUpserter(db);
  const receivable = receivableUpserter(db);
  const generic = erpRecordUpserter(db);
  return (table) => {
    if (table === 'empresa' || table === 'contato')
      return (records) => {
        for (const r of records as ErpClientRecord[]) client(r);
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
