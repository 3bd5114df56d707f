import type { Db } from '../connection';

export interface OpenTitleRecord {
  erp_key: string;
  document: string;
  title_number: string;
  installment: number;
  issue_date: string;
  due_date: string;
  amount_cents: number;
  paid_cents: number;
  payment_date: string | null;
  status: 'open' | 'partial';
}

/** Everything still open of one client, from the ERP receivables cache, for the upload before a query. */
export function openTitlesOfClient(db: Db, clientId: number): OpenTitleRecord[] {
  return db
    .prepare(
      `SELECT r.erp_key, c.document, r.title_number, r.installment, r.issue_date, r.due_date, r.amount_cents,
         r.paid_cents, r.payment_date, r.status
       FROM clients c JOIN receivables r ON r.client_erp_code = c.erp_code
       WHERE c.id = ? AND r.status IN ('open', 'partial')
       ORDER BY r.due_date, r.erp_key`,
    )
    .all(clientId) as OpenTitleRecord[];
}
