/**
 * The ERP's client record field by field as the clients table stores it, so the write-back,
 * the sync guard and Histórico speak of the same fields with the same names.
 */
import type { ErpClientRecord, ErpRegisterField } from '../../gateways/erp/erp-gateway';

export type SyncedField = Exclude<keyof ErpClientRecord, 'erpCode' | 'createdAt' | 'changedAt'>;

export const SYNCED_COLUMNS: Record<SyncedField, string> = {
  legalName: 'legal_name',
  tradeName: 'trade_name',
  document: 'document',
  personType: 'person_type',
  status: 'status',
  creditLimitCents: 'credit_limit_cents',
  availableBalanceCents: 'available_balance_cents',
  creditStatus: 'credit_status',
  lastPurchaseDate: 'last_purchase_date',
  segment: 'segment',
  clientGroup: 'client_group',
  responsible: 'responsible',
  emails: 'emails',
  phones: 'phones',
  site: 'site',
  city: 'city',
  uf: 'uf',
  paymentMethod: 'payment_method',
  erpAbcClass: 'erp_abc_class',
  callsAllowed: 'calls_allowed',
  messagesAllowed: 'messages_allowed',
  consentChangedBy: 'consent_changed_by',
  consentChangedAt: 'consent_changed_at',
};
export const SYNCED_FIELDS = Object.keys(SYNCED_COLUMNS) as SyncedField[];

/** Register fields an agent may edit in Detalhes that belong to the ERP (written back). */
export const REGISTER_FIELDS: ErpRegisterField[] = [
  'legalName',
  'tradeName',
  'document',
  'status',
  'emails',
  'phones',
  'site',
  'paymentMethod',
];

const JSON_FIELDS = new Set<string>(['emails', 'phones']);
/** Booleans SQLite keeps as 0/1. */
const FLAG_FIELDS = new Set<string>(['callsAllowed', 'messagesAllowed']);

/** A column value (as SQLite returns it) in the record's shape. */
export const fromColumn = (field: string, v: unknown): unknown =>
  JSON_FIELDS.has(field) && typeof v === 'string'
    ? (JSON.parse(v) as unknown)
    : FLAG_FIELDS.has(field) && typeof v === 'number'
      ? v === 1
      : v;

/** A record-shaped value as the column stores it. */
export const toColumn = (field: string, v: unknown): unknown =>
  JSON_FIELDS.has(field) ? JSON.stringify(v) : FLAG_FIELDS.has(field) ? (v ? 1 : 0) : v;

export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
