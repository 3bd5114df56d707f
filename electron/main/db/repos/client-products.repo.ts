import type { ExclusiveProduct, ExclusiveProductDetail } from '../../../../shared/ipc/dto/client-billing';
import type { Db } from '../connection';
import { prepared } from './client-statements.repo';

const COLUMNS = `id, code, description, details, unit, price_cents AS priceCents, valid_until AS validUntil`;

export function listExclusiveProducts(db: Db, clientId: number): ExclusiveProduct[] {
  return prepared(
    db,
    `SELECT ${COLUMNS} FROM client_exclusive_products WHERE client_id = ? ORDER BY code`,
  ).all(clientId) as ExclusiveProduct[];
}

export function getExclusiveProduct(
  db: Db,
  id: number,
): (ExclusiveProduct & { clientId: number }) | undefined {
  return prepared(
    db,
    `SELECT ${COLUMNS}, client_id AS clientId FROM client_exclusive_products WHERE id = ?`,
  ).get(id) as (ExclusiveProduct & { clientId: number }) | undefined;
}

/** The latest invoice lines of one product for one client, through the client's documents index. */
export function recentProductSales(
  db: Db,
  clientId: number,
  productCode: string,
  limit: number,
): ExclusiveProductDetail['recentSales'] {
  return prepared(
    db,
    `SELECT d.id AS documentId, d.number, d.issued_on AS issuedOn, i.quantity, i.total_cents AS totalCents
     FROM client_billing_document_items i JOIN client_billing_documents d ON d.id = i.document_id
     WHERE i.product_code = ? AND d.client_id = ? AND d.kind = 'invoice'
     ORDER BY d.issued_on DESC, d.id DESC LIMIT ?`,
  ).all(productCode, clientId, limit) as ExclusiveProductDetail['recentSales'];
}

export interface NewExclusiveProduct {
  clientId: number;
  code: string;
  description: string;
  details: string;
  unit: string;
  priceCents: number;
  validUntil: string | null;
}

export function exclusiveProductInserter(db: Db): (p: NewExclusiveProduct) => number {
  const stmt = db.prepare(
    `INSERT INTO client_exclusive_products (client_id, code, description, details, unit, price_cents, valid_until)
     VALUES (@clientId, @code, @description, @details, @unit, @priceCents, @validUntil)`,
  );
  return (p) => Number(stmt.run(p).lastInsertRowid);
}
