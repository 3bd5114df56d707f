import type { CreditStatus } from '../../../../shared/ipc/dto/clients';
import type { Db } from '../connection';

export interface ClientFinancialRecord {
  client_id: number;
  available_balance_cents: number;
  credit_limit_cents: number;
  last_order_date: string | null;
  last_invoice_date: string | null;
  credit_status: CreditStatus;
  erp_as_of: string;
  fetched_at: string;
}

export function getClientFinancials(db: Db, clientId: number): ClientFinancialRecord | undefined {
  return db.prepare('SELECT * FROM client_financials WHERE client_id = ?').get(clientId) as
    ClientFinancialRecord | undefined;
}

export function saveClientFinancials(db: Db, r: ClientFinancialRecord): void {
  db.prepare(
    `INSERT INTO client_financials (client_id, available_balance_cents, credit_limit_cents, last_order_date,
       last_invoice_date, credit_status, erp_as_of, fetched_at)
     VALUES (@client_id, @available_balance_cents, @credit_limit_cents, @last_order_date, @last_invoice_date,
       @credit_status, @erp_as_of, @fetched_at)
     ON CONFLICT (client_id) DO UPDATE SET available_balance_cents = excluded.available_balance_cents,
       credit_limit_cents = excluded.credit_limit_cents, last_order_date = excluded.last_order_date,
       last_invoice_date = excluded.last_invoice_date, credit_status = excluded.credit_status,
       erp_as_of = excluded.erp_as_of, fetched_at = excluded.fetched_at`,
  ).run(r);
}
