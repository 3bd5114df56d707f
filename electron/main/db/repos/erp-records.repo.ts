import type { ErpGenericRecord } from '../../gateways/erp/erp-gateway';
import type { Db } from '../connection';

/** Upserts raw ERP rows of one table; one prepared statement per call site, reused for the whole page. */
export function erpRecordUpserter(db: Db): (table: string, r: ErpGenericRecord) => void {
  const stmt = db.prepare(
    `INSERT INTO erp_records (table_name, erp_key, changed_at, payload) VALUES (?, ?, ?, ?)
     ON CONFLICT (table_name, erp_key) DO UPDATE SET changed_at = excluded.changed_at, payload = excluded.payload`,
  );
  return (table, r) => void stmt.run(table, r.key, r.changedAt, JSON.stringify(r.data));
}

export function countErpRecords(db: Db, table: string): number {
  return (
    db.prepare('SELECT count(*) AS n FROM erp_records WHERE table_name = ?').get(table) as { n: number }
  ).n;
}
