/**
 * What the console asks of the company's ERP (docs/erp-gateway-api.md). Callers see only
 * these English, centavos-based types; the HTTP client and the mappers translate the ERP's
 * pt-BR JSON. Every method either resolves or throws an AppFailure whose code is one of
 * ERP_UNREACHABLE, ERP_TIMEOUT, ERP_SERVER_ERROR, ERP_BAD_RESPONSE, ERP_AUTH_FAILED,
 * NOT_FOUND, CONFLICT or VALIDATION, with a pt-BR message an agent can act on.
 *
 * Build one with `createErpGateway(config)` (erp-client.ts), or from the saved settings with
 * `erpGatewayFromSettings(core)` (services/erp/erp-config.ts).
 */
import type { ClientAddressFields } from '../../../../shared/ipc/dto/client-addresses';
import type { ErpOrderGateway } from './erp-orders';
import type { CreditStatus } from '../../../../shared/ipc/dto/clients';

/** The ERP tables the console reads incrementally, by their path segment in `/v1/tabelas/{tabela}`. */
export const ERP_TABLES = [
  'contato',
  'cotacao',
  'empresa',
  'empresa-marca',
  'fatura',
  'fornecedor',
  'itens-cotacao',
  'itens-nota',
  'itens-pedido',
  'nota',
  'pedido',
  'vendedor',
] as const;
export type ErpTable = (typeof ERP_TABLES)[number];

export interface ErpAbout {
  erpName: string;
  erpVersion: string;
  apiVersion: string;
  serverTime: string;
}

export interface ErpFinancialSummary {
  erpCode: string;
  availableBalanceCents: number;
  creditLimitCents: number;
  lastOrderDate: string | null;
  lastInvoiceDate: string | null;
  creditStatus: CreditStatus;
  /** When the ERP computed these values (ISO datetime). */
  asOf: string;
}

export interface ErpBoleto {
  /** "Identificador único", e.g. "3000-0001355908"; also names the downloaded file. */
  id: string;
  erpCode: string;
  dueDate: string;
  amountCents: number;
  /** Business segment the title belongs to ("ambiente"), not a deployment environment. */
  environment: string;
  digitableLine: string;
  titleNumber: string;
  installment: number;
}

export interface ErpBoletoPdf {
  id: string;
  fileName: string;
  pdf: Buffer;
}

export type ReceivableStatus = 'open' | 'partial' | 'paid' | 'cancelled';
export type ReceivableMovementKind = 'entry' | 'payment' | 'payment_reversal';

export interface ReceivableMovement {
  kind: ReceivableMovementKind;
  date: string;
  amountCents: number;
}

/** One row of the ERP's Fatura table: a duplicata (receivable title) installment. */
export interface ErpReceivableTitle {
  /** "<título>/<parcela>", unique in the ERP. */
  key: string;
  erpCode: string;
  titleNumber: string;
  installment: number;
  issueDate: string;
  dueDate: string;
  amountCents: number;
  paidCents: number;
  paymentDate: string | null;
  status: ReceivableStatus;
  environment: string;
  boletoId: string | null;
  digitableLine: string | null;
  movements: ReceivableMovement[];
  changedAt: string;
}

/** A client as the Empresa (company) and Contato (person) tables carry it. */
export interface ErpClientRecord {
  erpCode: string;
  personType: 'F' | 'J';
  legalName: string;
  tradeName: string | null;
  document: string;
  status: 'active' | 'inactive';
  creditLimitCents: number;
  availableBalanceCents: number;
  creditStatus: CreditStatus;
  lastPurchaseDate: string | null;
  segment: string;
  clientGroup: string | null;
  responsible: string;
  emails: string[];
  phones: string[];
  site: string | null;
  city: string;
  uf: string;
  paymentMethod: string;
  /** The ERP's own ABC class; null when it sends none (the console's computed class is used). */
  erpAbcClass: 'A' | 'B' | 'C' | null;
  /** Consent to be called / to receive messages (ERP-owned; true when the ERP does not say). */
  callsAllowed: boolean;
  messagesAllowed: boolean;
  consentChangedBy: string | null;
  consentChangedAt: string | null;
  createdAt: string;
  changedAt: string;
}

/** Any other table: kept as the ERP sent it, keyed by the ERP's own key. */
export interface ErpGenericRecord {
  key: string;
  changedAt: string;
  data: Record<string, unknown>;
}

export type ErpTableRecord<T extends ErpTable> = T extends 'empresa' | 'contato'
  ? ErpClientRecord
  : T extends 'fatura'
    ? ErpReceivableTitle
    : ErpGenericRecord;

export interface ErpTablePage<T extends ErpTable = ErpTable> {
  table: T;
  records: ErpTableRecord<T>[];
  /** Opaque; pass back to read the next page. null on the last page. */
  nextPageToken: string | null;
  /** Pass as `changedSince` of the next incremental read once the last page is stored. */
  cursor: string;
}

export interface ErpTableQuery {
  /** `alteradoDesde`: only records changed at or after this instant; null reads everything. */
  changedSince: string | null;
  pageToken: string | null;
  pageSize?: number;
}

export interface ErpActor {
  login: string;
  name: string;
}

export interface ErpCreditUpdate {
  creditStatus: CreditStatus;
  creditLimitCents: number;
  changedBy: ErpActor;
  reason: string;
  /** Same key, same effect: lets the client retry a PUT after a timeout without doing it twice. */
  idempotencyKey: string;
}

export interface ErpCreditState {
  erpCode: string;
  creditStatus: CreditStatus;
  creditLimitCents: number;
  changedAt: string;
}

export interface NewBureauQueryRecord {
  /** CPF or CNPJ, digits (and letters for an alphanumeric CNPJ) only. */
  document: string;
  queriedAt: string;
  queriedBy: ErpActor;
  /** Name of the desktop the query was made from. */
  desktop: string;
  /** Bureau product identifier. */
  product: string;
  resultSummary: string;
  idempotencyKey: string;
}

export interface BureauQueryRecord extends Omit<NewBureauQueryRecord, 'idempotencyKey'> {
  id: string;
  recordedAt: string;
}

export interface SharedSetting {
  key: string;
  value: string;
  /** Increases on every change; pass it as `expectedVersion` to write only over what you read. */
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface SharedSettingWrite {
  value: string;
  updatedBy: string;
  /** Compare-and-set: the write fails with CONFLICT if the setting changed since this version (0 = must not exist). */
  expectedVersion?: number;
  idempotencyKey: string;
}

export interface ErpGateway extends ErpClientWriteGateway, ErpOrderGateway {
  about(): Promise<ErpAbout>;
  readTable<T extends ErpTable>(table: T, query: ErpTableQuery): Promise<ErpTablePage<T>>;
  financialSummary(erpCode: string): Promise<ErpFinancialSummary>;
  openBoletos(erpCode: string): Promise<ErpBoleto[]>;
  boletoPdf(erpCode: string, boletoId: string): Promise<ErpBoletoPdf>;
  updateCredit(erpCode: string, update: ErpCreditUpdate): Promise<ErpCreditState>;
  recordBureauQuery(record: NewBureauQueryRecord): Promise<BureauQueryRecord>;
  listBureauQueries(document: string): Promise<BureauQueryRecord[]>;
  listSharedSettings(): Promise<SharedSetting[]>;
  /** null when the setting does not exist. */
  getSharedSetting(key: string): Promise<SharedSetting | null>;
  putSharedSetting(key: string, write: SharedSettingWrite): Promise<SharedSetting>;
}

/** Register fields the ERP owns and accepts back from the console (docs/data-ownership.md). */
export interface ErpRegisterFields {
  legalName: string;
  tradeName: string | null;
  document: string;
  status: 'active' | 'inactive';
  emails: string[];
  phones: string[];
  site: string | null;
  paymentMethod: string;
}
export type ErpRegisterField = keyof ErpRegisterFields;

export interface ErpClientWrite {
  fields: Partial<ErpRegisterFields>;
  /** The register version (alteradoEm) the agent saw; null when this desktop never synced it. */
  expectedVersion: string | null;
  changedBy: ErpActor;
  idempotencyKey: string;
}

/** applied: the ERP holds the fields now; conflict (409): it changed one of them after `expectedVersion`. */
export type ErpClientWriteResult =
  | { kind: 'applied'; version: string; fields: ErpRegisterFields }
  | { kind: 'conflict'; version: string; fields: ErpRegisterFields; message: string };

export type ErpAddressKind = 'delivery' | 'billing' | 'extra2' | 'extra3';

export interface ErpAddressWrite {
  address: ClientAddressFields;
  changedBy: ErpActor;
  idempotencyKey: string;
}

export interface ErpClientWriteGateway {
  updateClient(erpCode: string, write: ErpClientWrite): Promise<ErpClientWriteResult>;
  updateAddress(
    erpCode: string,
    kind: ErpAddressKind,
    write: ErpAddressWrite,
  ): Promise<{ changedAt: string }>;
}
