import type { Client } from '../../../../shared/ipc/dto/clients';
import {
  normalizeClientDetails,
  validateClientDetails,
  type ClientDetailsErrors,
  type ClientEditableFields,
} from '../../../../shared/ipc/dto/client-details';
import { formatPhoneBR } from '../../../../shared/domain/contact';
import { formatDocument } from '../../../../shared/domain/document';

/** The Detalhes form as the agent types it: lists are one entry per line. */
export interface DetailsForm {
  legalName: string;
  tradeName: string;
  document: string;
  status: 'active' | 'inactive';
  emails: string;
  phones: string;
  site: string;
  currency: string;
  paymentMethod: string;
  language: string;
  accountingAccount: string;
  preferredAppointmentDay: string;
  sharedAcrossCompanies: boolean;
}

export const formFromClient = (c: Client): DetailsForm => ({
  legalName: c.legalName,
  tradeName: c.tradeName ?? '',
  document: formatDocument(c.document),
  status: c.status,
  emails: c.emails.join('\n'),
  phones: c.phones.map(formatPhoneBR).join('\n'),
  site: c.site ?? '',
  currency: c.currency,
  paymentMethod: c.paymentMethod,
  language: c.language,
  accountingAccount: c.accountingAccount,
  preferredAppointmentDay: c.preferredAppointmentDay ?? '',
  sharedAcrossCompanies: c.sharedAcrossCompanies,
});

const lines = (text: string): string[] =>
  text
    .split(/[\n,;]+/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

export const fieldsFromForm = (f: DetailsForm): ClientEditableFields =>
  normalizeClientDetails({
    ...f,
    emails: lines(f.emails),
    phones: lines(f.phones),
    tradeName: f.tradeName,
    site: f.site,
    preferredAppointmentDay: f.preferredAppointmentDay,
  });

export const formErrors = (f: DetailsForm): ClientDetailsErrors => validateClientDetails(fieldsFromForm(f));
