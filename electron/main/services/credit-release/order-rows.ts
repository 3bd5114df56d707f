/** Database rows of orders -> the DTO rows the queue, the detail and the Pedidos tab show. */
import { daysBetween, todayInSaoPaulo } from '../../../../shared/domain/dates';
import type { CreditOrderRow, PendingDecision } from '../../../../shared/ipc/dto/credit-release';
import type { Db } from '../../db/connection';
import { listSellers, type CreditOrderListRecord } from '../../db/repos/credit-orders.repo';

function pendingOf(r: CreditOrderListRecord): PendingDecision | null {
  if (r.d_id === null || r.d_state === null || r.d_state === 'confirmed') return null;
  // A conflict or refusal of an order the ERP settled meanwhile is history, not pending.
  if (r.d_state !== 'waiting_erp' && r.credit_state !== 'blocked') return null;
  return {
    kind: r.d_kind ?? 'release',
    state: r.d_state,
    userName: r.d_user_name ?? '',
    at: r.d_created_at ?? '',
    rejectReason: r.d_reject_reason,
    note: r.d_note,
    message: r.d_message,
  };
}

export function toOrderRow(
  r: CreditOrderListRecord,
  today: string,
  sellers: ReadonlyMap<string, string> = new Map(),
): CreditOrderRow {
  return {
    orderId: r.id,
    number: r.erp_key,
    clientId: r.client_id,
    clientName: r.client_name ?? r.client_erp_code,
    clientErpCode: r.client_erp_code,
    date: r.order_date,
    ageDays: Math.max(0, daysBetween(r.order_date, today)),
    valueCents: r.value_cents,
    sellerCode: r.seller_code,
    sellerName: r.seller_code === null ? null : (sellers.get(r.seller_code) ?? r.seller_name ?? null),
    creditState: r.credit_state,
    blockReason: r.credit_state === 'blocked' ? r.block_reason : null,
    erpStatus: r.erp_status,
    version: r.erp_version,
    decision: pendingOf(r),
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
  };
}

/** Rows of one list, with the seller names read once. */
export function toOrderRows(db: Db, records: CreditOrderListRecord[], today: string): CreditOrderRow[] {
  if (records.length === 0) return [];
  const sellers = new Map(listSellers(db).map((s) => [s.code, s.name]));
  return records.map((r) => toOrderRow(r, today, sellers));
}

export const toOneOrderRow = (db: Db, record: CreditOrderListRecord, today: string): CreditOrderRow =>
  toOrderRows(db, [record], today)[0] as CreditOrderRow;

export const todayOf = (now: Date): string => todayInSaoPaulo(now);

/** Opaque keyset cursor <-> its parts. */
export function encodeCursor(key: string | number, id: number): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null): { key: string | number; id: number } | null {
  if (cursor === null) return null;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(v) &&
      v.length === 2 &&
      (typeof v[0] === 'string' || typeof v[0] === 'number') &&
      Number.isInteger(v[1])
    )
      return { key: v[0], id: v[1] as number };
  } catch {
    // fall through: an unreadable cursor starts from the first page
  }
  return null;
}
