import type { Db } from '../../db/connection';
import { openTitlesOfClient } from '../../db/repos/bureau-receivables.repo';
import { countReceivables } from '../../db/repos/receivables.repo';

/** An open (or partly paid) receivable title of one client, as the console's cache holds it. */
export interface OpenReceivable {
  /** The ERP's unique key of the installment ("<título>/<parcela>"). */
  key: string;
  document: string;
  titleNumber: string;
  installment: number;
  issueDate: string;
  dueDate: string;
  amountCents: number;
  paidCents: number;
  paymentDate: string | null;
  status: 'open' | 'partial';
}

/** null means this build has no receivables cache at all (nothing to send), not "no open titles". */
export type OpenReceivablesSource = (db: Db, clientId: number) => OpenReceivable[] | null;

/** The ERP receivables cache (filled by the ERP sync); null until the first sync brought any title. */
export const receivablesFromErpCache: OpenReceivablesSource = (db, clientId) => {
  if (countReceivables(db) === 0) return null;
  return openTitlesOfClient(db, clientId).map((r) => ({
    key: r.erp_key,
    document: r.document,
    titleNumber: r.title_number,
    installment: r.installment,
    issueDate: r.issue_date,
    dueDate: r.due_date,
    amountCents: r.amount_cents,
    paidCents: r.paid_cents,
    paymentDate: r.payment_date,
    status: r.status,
  }));
};
