/** Where each ERP table lands in SQLite. Writers prepare their statements once per sync run. */
import type { Db } from '../../db/connection';
import { erpClientUpserter } from '../../db/repos/erp-clients.repo';
import { erpRecordUpserter } from '../../db/repos/erp-records.repo';
import { creditOrderItemUpserter, creditOrderUpserter } from '../../db/repos/credit-orders.repo';
import { parseOrderItemRow, parseOrderRow } from '../../gateways/erp/erp-orders';
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
  const order = creditOrderUpserter(db);
  const orderItem = creditOrderItemUpserter(db);
  return (table) => {
    // Orders and their items also land in the Liberação de crédito tables (credit situation).
    if (table === 'pedido')
      return (records, syncedAt) => {
        for (const r of records as ErpGenericRecord[]) {
          generic(table, r);
          const o = parseOrderRow({ ...r.data, chave: r.key, alteradoEm: r.changedAt });
          if (o) order(o, syncedAt);
        }
      };
    if (table === 'itens-pedido')
      return (records) => {
        for (const r of records as ErpGenericRecord[]) {
          generic(table, r);
          const i = parseOrderItemRow({ ...r.data, chave: r.key, alteradoEm: r.changedAt });
          if (i) orderItem(i);
        }
      };
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
