/**
 * Liberação de crédito: the ERP's orders (credit_orders, credit_order_items) and the analysts'
 * decisions (credit_order_decisions). Queue reads use the partial indexes on blocked orders.
 */
import type {
  CreditBlockReason,
  CreditQueueSort,
  DecisionKind,
  DecisionState,
  OrderCreditState,
  RejectReason,
} from '../../../../shared/domain/credit-release';
import type { ErpOrder, ErpOrderItem } from '../../gateways/erp/erp-orders';
import type { Db } from '../connection';

export interface CreditOrderRecord {
  id: number;
  erp_key: string;
  client_erp_code: string;
  order_date: string;
  seller_code: string | null;
  value_cents: number;
  erp_status: string;
  credit_state: OrderCreditState;
  block_reason: CreditBlockReason | null;
  decided_by: string | null;
  decided_at: string | null;
  erp_version: string;
}

/** An order joined with its client, seller and latest decision, as lists show it. */
export interface CreditOrderListRecord extends CreditOrderRecord {
  client_id: number | null;
  client_name: string | null;
  /** Filled from the ERP's `vendedor` table after the read (a dozen rows, read once per list). */
  seller_name?: string | null;
  d_id: number | null;
  d_kind: DecisionKind | null;
  d_state: DecisionState | 'confirmed' | null;
  d_user_name: string | null;
  d_created_at: string | null;
  d_reject_reason: RejectReason | null;
  d_note: string | null;
  d_message: string | null;
  /** The order version the latest decision was made on. */
  d_base_version: string | null;
}

const LIST_COLUMNS = `o.id, o.erp_key, o.client_erp_code, o.order_date, o.seller_code, o.value_cents,
  o.erp_status, o.credit_state, o.block_reason, o.decided_by, o.decided_at, o.erp_version,
  c.id AS client_id, coalesce(nullif(c.trade_name, ''), c.legal_name) AS client_name,
  d.id AS d_id, d.kind AS d_kind, d.state AS d_state, d.user_name AS d_user_name,
  d.created_at AS d_created_at, d.reject_reason AS d_reject_reason, d.note AS d_note,
  d.message AS d_message, d.base_version AS d_base_version`;

const LIST_JOINS = `LEFT JOIN clients c ON c.erp_code = o.client_erp_code
  LEFT JOIN credit_order_decisions d ON d.id =
    (SELECT max(x.id) FROM credit_order_decisions x WHERE x.order_id = o.id)`;

export interface QueueFilter {
  reasons: CreditBlockReason[];
  sellerCode: string | null;
  minValueCents: number | null;
  maxValueCents: number | null;
  /** Orders dated on or before this day (minimum age). */
  dateTo: string | null;
  /** Orders dated on or after this day (maximum age). */
  dateFrom: string | null;
  clientErpCode: string | null;
  clientText: string;
}

interface SortSpec {
  /** SQL expression of the sort key. */
  key: string;
  dir: 'ASC' | 'DESC';
}

const SORTS: Record<CreditQueueSort, SortSpec> = {
  date_desc: { key: 'o.order_date', dir: 'DESC' },
  date_asc: { key: 'o.order_date', dir: 'ASC' },
  value_desc: { key: 'o.value_cents', dir: 'DESC' },
  value_asc: { key: 'o.value_cents', dir: 'ASC' },
  client_asc: { key: "coalesce(nullif(c.trade_name, ''), c.legal_name, o.client_erp_code)", dir: 'ASC' },
};

export interface QueueCursor {
  key: string | number;
  id: number;
}

function where(f: QueueFilter, withReasons: boolean): { sql: string; args: unknown[] } {
  const parts = ["o.credit_state = 'blocked'"];
  const args: unknown[] = [];
  const add = (when: boolean, sql: string, arg: unknown) => {
    if (!when) return;
    parts.push(sql);
    args.push(arg);
  };
  if (withReasons && f.reasons.length > 0) {
    parts.push(`o.block_reason IN (${f.reasons.map(() => '?').join(', ')})`);
    args.push(...f.reasons);
  }
  add(f.sellerCode !== null, 'o.seller_code = ?', f.sellerCode);
  add(f.minValueCents !== null, 'o.value_cents >= ?', f.minValueCents);
  add(f.maxValueCents !== null, 'o.value_cents <= ?', f.maxValueCents);
  add(f.dateTo !== null, 'o.order_date <= ?', f.dateTo);
  add(f.dateFrom !== null, 'o.order_date >= ?', f.dateFrom);
  add(f.clientErpCode !== null, 'o.client_erp_code = ?', f.clientErpCode);
  if (f.clientText !== '') {
    const like = `%${f.clientText.toLowerCase().replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
    const digits = f.clientText.replace(/\D/g, '');
    parts.push(
      "(lower(c.legal_name) LIKE ? ESCAPE '\\' OR lower(coalesce(c.trade_name, '')) LIKE ? ESCAPE '\\'" +
        " OR lower(o.client_erp_code) LIKE ? ESCAPE '\\'" +
        (digits.length >= 3 ? ' OR c.document LIKE ?' : '') +
        ')',
    );
    args.push(like, like, like);
    if (digits.length >= 3) args.push(`%${digits}%`);
  }
  return { sql: parts.join(' AND '), args };
}

export function queueRows(
  db: Db,
  f: QueueFilter,
  sort: CreditQueueSort,
  cursor: QueueCursor | null,
  limit: number,
): { rows: CreditOrderListRecord[]; keyOf: (r: CreditOrderListRecord) => string | number } {
  const s = SORTS[sort];
  const w = where(f, true);
  const cmp = s.dir === 'DESC' ? '<' : '>';
  const after = cursor ? ` AND (${s.key}, o.id) ${cmp} (?, ?)` : '';
  const args = cursor ? [...w.args, cursor.key, cursor.id] : w.args;
  const rows = db
    .prepare(
      `SELECT ${LIST_COLUMNS}, ${s.key} AS sort_key FROM credit_orders o ${LIST_JOINS}
       WHERE ${w.sql}${after} ORDER BY ${s.key} ${s.dir}, o.id ${s.dir} LIMIT ?`,
    )
    .all(...args, limit) as (CreditOrderListRecord & { sort_key: string | number })[];
  return { rows, keyOf: (r) => (r as CreditOrderListRecord & { sort_key: string | number }).sort_key };
}

export function queueReasonCounts(db: Db, f: QueueFilter): Record<CreditBlockReason, number> {
  const w = where(f, false);
  const join = f.clientText !== '' ? 'LEFT JOIN clients c ON c.erp_code = o.client_erp_code' : '';
  const out: Record<CreditBlockReason, number> = {
    limit_exceeded: 0,
    overdue_titles: 0,
    client_blocked: 0,
    no_limit: 0,
  };
  const rows = db
    .prepare(
      `SELECT o.block_reason AS r, count(*) AS n FROM credit_orders o ${join} WHERE ${w.sql} GROUP BY 1`,
    )
    .all(...w.args) as { r: CreditBlockReason | null; n: number }[];
  for (const r of rows) if (r.r !== null) out[r.r] = r.n;
  return out;
}

/** Blocked orders with no decision waiting for the ERP (the badge), and decisions waiting. */
export function waitingCounts(db: Db): { waiting: number; awaitingErp: number } {
  // Blocked orders (covering partial index) minus those whose decision waits for the ERP (few).
  const blocked = db
    .prepare("SELECT count(*) AS n FROM credit_orders WHERE credit_state = 'blocked'")
    .get() as {
    n: number;
  };
  const awaiting = db
    .prepare(
      `SELECT count(*) AS n, coalesce(sum(o.credit_state = 'blocked'), 0) AS blocked
       FROM credit_order_decisions d CROSS JOIN credit_orders o ON o.id = d.order_id WHERE d.state = 'waiting_erp'`,
    )
    .get() as { n: number; blocked: number };
  return { waiting: blocked.n - awaiting.blocked, awaitingErp: awaiting.n };
}

export function getOrderListRecord(db: Db, orderId: number): CreditOrderListRecord | undefined {
  return db
    .prepare(`SELECT ${LIST_COLUMNS} FROM credit_orders o ${LIST_JOINS} WHERE o.id = ?`)
    .get(orderId) as CreditOrderListRecord | undefined;
}

export function clientOrderRows(
  db: Db,
  clientErpCode: string,
  cursor: QueueCursor | null,
  limit: number,
): CreditOrderListRecord[] {
  const after = cursor ? ' AND (o.order_date, o.id) < (?, ?)' : '';
  const args: unknown[] = cursor ? [clientErpCode, cursor.key, cursor.id] : [clientErpCode];
  return db
    .prepare(
      `SELECT ${LIST_COLUMNS} FROM credit_orders o ${LIST_JOINS}
       WHERE o.client_erp_code = ?${after} ORDER BY o.order_date DESC, o.id DESC LIMIT ?`,
    )
    .all(...args, limit) as CreditOrderListRecord[];
}

export function countClientOrders(db: Db, clientErpCode: string): number {
  return (
    db.prepare('SELECT count(*) AS n FROM credit_orders WHERE client_erp_code = ?').get(clientErpCode) as {
      n: number;
    }
  ).n;
}

/** Blocked orders of a client, newest first (the by-client release). */
export function blockedClientOrders(db: Db, clientErpCode: string): CreditOrderListRecord[] {
  return db
    .prepare(
      `SELECT ${LIST_COLUMNS} FROM credit_orders o ${LIST_JOINS}
       WHERE o.client_erp_code = ? AND o.credit_state = 'blocked' ORDER BY o.order_date DESC, o.id DESC`,
    )
    .all(clientErpCode) as CreditOrderListRecord[];
}

export interface CreditOrderItemRecord {
  erp_key: string;
  product_code: string;
  description: string;
  quantity: number;
  unit_price_cents: number;
}

export function orderItems(db: Db, orderErpKey: string): CreditOrderItemRecord[] {
  return db
    .prepare(
      `SELECT erp_key, product_code, description, quantity, unit_price_cents FROM credit_order_items
       WHERE order_erp_key = ? ORDER BY erp_key`,
    )
    .all(orderErpKey) as CreditOrderItemRecord[];
}

export interface SellerRecord {
  code: string;
  name: string;
}

export function listSellers(db: Db): SellerRecord[] {
  return db
    .prepare(
      `SELECT erp_key AS code, coalesce(json_extract(payload, '$.nome'), erp_key) AS name FROM erp_records
       WHERE table_name = 'vendedor' ORDER BY 2`,
    )
    .all() as SellerRecord[];
}

/** The client's largest order (any state) — "maior compra". */
export function largestOrder(
  db: Db,
  clientErpCode: string,
): { value_cents: number; order_date: string } | undefined {
  return db
    .prepare(
      `SELECT value_cents, order_date FROM credit_orders WHERE client_erp_code = ?
       ORDER BY value_cents DESC, order_date DESC LIMIT 1`,
    )
    .get(clientErpCode) as { value_cents: number; order_date: string } | undefined;
}

export function blockedTotals(db: Db, clientErpCode: string): { count: number; totalCents: number } {
  return db
    .prepare(
      `SELECT count(*) AS count, coalesce(sum(value_cents), 0) AS totalCents FROM credit_orders
       WHERE client_erp_code = ? AND credit_state = 'blocked'`,
    )
    .get(clientErpCode) as { count: number; totalCents: number };
}

export function getOrderRecord(db: Db, id: number): CreditOrderRecord | undefined {
  return db.prepare('SELECT * FROM credit_orders WHERE id = ?').get(id) as CreditOrderRecord | undefined;
}

/** The ERP's answer to a decision, applied to the local copy (the next sync brings the same). */
export function applyErpOrderState(
  db: Db,
  id: number,
  s: {
    creditState: OrderCreditState;
    blockReason: CreditBlockReason | null;
    decidedBy: string | null;
    decidedAt: string | null;
    version: string;
    valueCents: number;
    erpStatus: string;
    at: string;
  },
): void {
  db.prepare(
    `UPDATE credit_orders SET credit_state = ?, block_reason = ?, decided_by = ?, decided_at = ?,
       erp_version = ?, value_cents = ?, erp_status = ?, synced_at = ? WHERE id = ?`,
  ).run(
    s.creditState,
    s.blockReason,
    s.decidedBy,
    s.decidedAt,
    s.version,
    s.valueCents,
    s.erpStatus,
    s.at,
    id,
  );
}

/** The sync's writer of `pedido` rows: a row older than the stored version never goes back. */
export function creditOrderUpserter(db: Db): (o: ErpOrder, syncedAt: string) => void {
  const stmt = db.prepare(
    `INSERT INTO credit_orders (erp_key, client_erp_code, order_date, seller_code, value_cents, erp_status,
       credit_state, block_reason, decided_by, decided_at, erp_version, synced_at)
     VALUES (@number, @clientErpCode, @date, @sellerCode, @valueCents, @erpStatus, @creditState, @blockReason,
       @decidedBy, @decidedAt, @changedAt, @syncedAt)
     ON CONFLICT (erp_key) DO UPDATE SET client_erp_code = excluded.client_erp_code,
       order_date = excluded.order_date, seller_code = excluded.seller_code, value_cents = excluded.value_cents,
       erp_status = excluded.erp_status, credit_state = excluded.credit_state,
       block_reason = excluded.block_reason, decided_by = excluded.decided_by,
       decided_at = excluded.decided_at, erp_version = excluded.erp_version, synced_at = excluded.synced_at
     WHERE excluded.erp_version >= credit_orders.erp_version`,
  );
  return (o, syncedAt) => void stmt.run({ ...o, syncedAt });
}

export function creditOrderItemUpserter(db: Db): (i: ErpOrderItem) => void {
  const stmt = db.prepare(
    `INSERT INTO credit_order_items (erp_key, order_erp_key, product_code, description, quantity,
       unit_price_cents, changed_at)
     VALUES (@key, @orderNumber, @productCode, @description, @quantity, @unitPriceCents, @changedAt)
     ON CONFLICT (erp_key) DO UPDATE SET order_erp_key = excluded.order_erp_key,
       product_code = excluded.product_code, description = excluded.description,
       quantity = excluded.quantity, unit_price_cents = excluded.unit_price_cents,
       changed_at = excluded.changed_at`,
  );
  return (i) => void stmt.run(i);
}
