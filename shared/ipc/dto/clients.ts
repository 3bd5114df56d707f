export type PersonType = 'F' | 'J';
export type ClientStatus = 'active' | 'inactive';
export type CreditStatus = 'ADIMPLENTE' | 'INADIMPLENTE' | 'BLOQUEADO' | 'EM_ANALISE';
export type AbcClass = 'A' | 'B' | 'C';

/** One row of the F9 search: what an agent needs to recognise the right client. */
export interface ClientSearchRow {
  id: number;
  erpCode: string;
  legalName: string;
  tradeName: string | null;
  document: string;
  personType: PersonType;
  city: string;
  uf: string;
  status: ClientStatus;
  creditStatus: CreditStatus;
  /** F9 only: the contact person (Responsável or contact) the row was found by, if not the client itself. */
  matchedContact?: string | null;
}

export interface Client extends ClientSearchRow {
  creditLimitCents: number;
  availableBalanceCents: number;
  abcClass: AbcClass;
  lastPurchaseDate: string | null;
  segment: string;
  clientGroup: string | null;
  responsible: string;
  emails: string[];
  phones: string[];
  site: string | null;
  currency: string;
  paymentMethod: string;
  language: string;
  accountingAccount: string;
  preferredAppointmentDay: string | null;
  /** ERP-owned; see ClientEditableFields. */
  sharedAcrossCompanies: boolean;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

/** Fields an agent may edit on the Detalhes tab. */
export interface ClientEditableFields {
  legalName: string;
  tradeName: string | null;
  document: string;
  status: ClientStatus;
  emails: string[];
  phones: string[];
  site: string | null;
  currency: string;
  paymentMethod: string;
  language: string;
  accountingAccount: string;
  preferredAppointmentDay: string | null;
  /** "Dados compartilhados entre empresas": every company of the group sees this register in the ERP. */
  sharedAcrossCompanies: boolean;
}
