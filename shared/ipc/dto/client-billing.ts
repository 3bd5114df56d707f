/** Faturamento, Documentos de faturamento and Produtos exclusivos: the client's billing. */
import type { KeyCursor, Page } from './client-paging';

export type BillingDocumentKind = 'invoice' | 'credit_note';

export interface BillingDocumentRow {
  id: number;
  kind: BillingDocumentKind;
  number: string;
  issuedOn: string;
  category: string;
  /** Always positive; a credit note reduces revenue by this amount. */
  netCents: number;
}

export interface BillingDocumentItem {
  line: number;
  productCode: string;
  description: string;
  unit: string;
  quantity: number;
  unitCents: number;
  totalCents: number;
}

export interface BillingDocumentDetail extends BillingDocumentRow {
  clientId: number;
  relatedNumber: string | null;
  items: BillingDocumentItem[];
}

export type BillingDocumentPage = Page<BillingDocumentRow, KeyCursor>;

/** Net revenue (invoices minus credit notes) over the last 12 months, oldest month first. */
export interface ClientRevenue {
  /** 'YYYY-MM' of the first and the last (current) month. */
  fromMonth: string;
  toMonth: string;
  months: { month: string; cents: number }[];
  categories: { category: string; cents: number }[];
  totalCents: number;
}

export interface ExclusiveProduct {
  id: number;
  code: string;
  description: string;
  details: string;
  unit: string;
  priceCents: number;
  validUntil: string | null;
}

export interface ExclusiveProductDetail extends ExclusiveProduct {
  /** The latest invoice lines of this product for this client. */
  recentSales: {
    documentId: number;
    number: string;
    issuedOn: string;
    quantity: number;
    totalCents: number;
  }[];
}
