import type { ErpReceivableTitle, ReceivableMovement } from '../../gateways/erp/erp-gateway';
import type { Db } from '../connection';

export interface ReceivableRecord {
  id: number;
  erp_key: string;
  client_erp_code: string;
  title_number: string;
  installment: number;
  issue_date: string;
  due_date: string;
  amount_cents: number;
  paid_cents: number;
  payment_date: string | null;
  status: ErpReceivableTitle['status'];
  environment: string;
  boleto_id: string | null;
  digitable_line: string | null;
  movements: string;
  changed_at: string;
  synced_at: string;
}

export const parseMovements = (json: string): ReceivableMovement[] =>
  JSON.parse(json) as ReceivableMovement[];

/** Upsert by the ERP key ("<título>/<parcela>"): a page read twice after a crash changes nothing. */
export function receivableUpserter(db: Db): (t: ErpReceivableTitle, syncedAt: string) => void {
  const stmt = db.prepare(
    `INSERT INTO receivables (erp_key, client_erp_code, title_number, installment, issue_date, due_date,
       amount_cents, paid_cents, payment_date, status, environment, boleto_id, digitable_line, movements,
       changed_at, synced_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (erp_key) DO UPDATE SET client_erp_code = excluded.client_erp_code,
       title_number = excluded.title_number, installment = excluded.installment, issue_date = excluded.issue_date,
       due_date = excluded.due_date, amount_cents = excluded.amount_cents, paid_cents = excluded.paid_cents,
       payment_date = excluded.payment_date, status = excluded.status, environment = excluded.environment,
       boleto_id = excluded.boleto_id, digitable_line = excluded.digitable_line, movements = excluded.movements,
       changed_at = excluded.changed_at, synced_at = excluded.synced_at`,
  );
  return (t, syncedAt) =>
    void stmt.run(
      t.key,
      t.erpCode,
      t.titleNumber,
      t.installment,
      t.issueDate,
      t.dueDate,
      t.amountCents,
      t.paidCents,
      t.paymentDate,
      t.status,
      t.environment,
      t.boletoId,
      t.digitableLine,
      JSON.stringify(t.movements),
      t.changedAt,
      syncedAt,
    );
}

/** A client's open titles that carry a boleto, by due date: the offline fallback of "Faturas abertas". */
export function openBoletoReceivables(db: Db, erpCode: string): ReceivableRecord[] {
  return db
    .prepare(
      `SELECT * FROM receivables WHERE client_erp_code = ? AND status IN ('open', 'partial')
       AND boleto_id IS NOT NULL ORDER BY due_date, erp_key`,
    )
    .all(erpCode) as ReceivableRecord[];
}

export function lastIssueDate(db: Db, erpCode: string): string | null {
  const row = db
    .prepare('SELECT max(issue_date) AS d FROM receivables WHERE client_erp_code = ?')
    .get(erpCode) as {
    d: string | null;
  };
  return row.d;
}

export function countReceivables(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM receivables').get() as { n: number }).n;
}

export function lastReceivableSync(db: Db, erpCode: string): string | null {
  const row = db
    .prepare('SELECT max(synced_at) AS d FROM receivables WHERE client_erp_code = ?')
    .get(erpCode) as {
    d: string | null;
  };
  return row.d;
}
