import type { Db } from '../../db/connection';

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

export const noReceivablesCache: OpenReceivablesSource = () => null;

const sources = new WeakMap<object, OpenReceivablesSource>();
let defaultSource: OpenReceivablesSource = noReceivablesCache;

/** Wired to the ERP receivables cache once it exists; tests give a core its own source. */
export function setDefaultOpenReceivablesSource(source: OpenReceivablesSource): void {
  defaultSource = source;
}

export function setOpenReceivablesSource(owner: object, source: OpenReceivablesSource): void {
  sources.set(owner, source);
}

export function openReceivablesSourceFor(owner: object): OpenReceivablesSource {
  return sources.get(owner) ?? defaultSource;
}
