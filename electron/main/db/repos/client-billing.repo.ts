import type {
  BillingDocumentDetail,
  BillingDocumentItem,
  BillingDocumentKind,
  BillingDocumentRow,
} from '../../../../shared/ipc/dto/client-billing';
import type { KeyCursor } from '../../../../shared/ipc/dto/client-paging';
import type { Db } from '../connection';
import { prepared } from './client-statements.repo';

interface DocumentRecord {
  id: number;
  client_id: number;
  kind: BillingDocumentKind;
  number: string;
  issued_on: string;
  category: string;
  net_cents: number;
  related_number: string | null;
}

const toRow = (r: DocumentRecord): BillingDocumentRow => ({
  id: r.id,
  kind: r.kind,
  number: r.number,
  issuedOn: r.issued_on,
  category: r.category,
  netCents: r.net_cents,
});

const PAGE_COLUMNS = 'id, client_id, kind, number, issued_on, category, net_cents, related_number';

/** Newest first; both walk client_billing_documents_client_issued backwards from the cursor. */
export const BILLING_PAGE_SQL = {
  first: `SELECT ${PAGE_COLUMNS} FROM client_billing_documents WHERE client_id = @clientId
          ORDER BY issued_on DESC, id DESC LIMIT @limit`,
  after: `SELECT ${PAGE_COLUMNS} FROM client_billing_documents
          WHERE client_id = @clientId AND (issued_on, id) < (@key, @id)
          ORDER BY issued_on DESC, id DESC LIMIT @limit`,
};

export function listBillingDocuments(
  db: Db,
  q: { clientId: number; after?: KeyCursor; limit: number },
): BillingDocumentRow[] {
  const rows = q.after
    ? prepared(db, BILLING_PAGE_SQL.after).all({
        clientId: q.clientId,
        key: q.after.key,
        id: q.after.id,
        limit: q.limit,
      })
    : prepared(db, BILLING_PAGE_SQL.first).all({ clientId: q.clientId, limit: q.limit });
  return (rows as DocumentRecord[]).map(toRow);
}

export function countBillingDocuments(db: Db, clientId: number): number {
  return (
    prepared(db, 'SELECT count(*) AS n FROM client_billing_documents WHERE client_id = ?').get(clientId) as {
      n: number;
    }
  ).n;
}

export function getBillingDocument(db: Db, id: number): BillingDocumentDetail | undefined {
  const r = prepared(db, `SELECT ${PAGE_COLUMNS} FROM client_billing_documents WHERE id = ?`).get(id) as
    DocumentRecord | undefined;
  if (!r) return undefined;
  const items = prepared(
    db,
    `SELECT line, product_code AS productCode, description, unit, quantity, unit_cents AS unitCents,
       total_cents AS totalCents
     FROM client_billing_document_items WHERE document_id = ? ORDER BY line`,
  ).all(id) as BillingDocumentItem[];
  return { ...toRow(r), clientId: r.client_id, relatedNumber: r.related_number, items };
}

/**
 * Net revenue (invoices minus credit notes) per month and category between two 'YYYY-MM'
 * months, from the trigger-maintained summary: a dozen rows per category, never a scan of
 * the documents.
 */
export const REVENUE_SQL = `SELECT month, category, cents FROM client_revenue_monthly
  WHERE client_id = ? AND month >= ? AND month <= ?`;

export function revenueByMonthAndCategory(
  db: Db,
  clientId: number,
  fromMonth: string,
  toMonth: string,
): { month: string; category: string; cents: number }[] {
  return prepared(db, REVENUE_SQL).all(clientId, fromMonth, toMonth) as {
    month: string;
    category: string;
    cents: number;
  }[];
}

export interface NewBillingDocument {
  clientId: number;
  kind: BillingDocumentKind;
  number: string;
  issuedOn: string;
  category: string;
  netCents: number;
  relatedNumber: string | null;
  items: BillingDocumentItem[];
}

/** Prepared INSERTs for a document and its items; used by the demo seeding and the ERP cache. */
export function billingDocumentInserter(db: Db): (d: NewBillingDocument) => number {
  const doc = db.prepare(
    `INSERT INTO client_billing_documents (client_id, kind, number, issued_on, category, net_cents, related_number)
     VALUES (@clientId, @kind, @number, @issuedOn, @category, @netCents, @relatedNumber)`,
  );
  const item = db.prepare(
    `INSERT INTO client_billing_document_items
       (document_id, line, product_code, description, unit, quantity, unit_cents, total_cents)
     VALUES (@documentId, @line, @productCode, @description, @unit, @quantity, @unitCents, @totalCents)`,
  );
  return ({ items, ...d }) => {
    const documentId = Number(doc.run(d).lastInsertRowid);
    for (const i of items) item.run({ ...i, documentId });
    return documentId;
  };
}
