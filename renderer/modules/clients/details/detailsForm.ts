import type { Client } from '../../../../shared/ipc/dto/clients';
import type { DetailsFormValues } from '../../../../shared/forms/client-details.schema';
import { formatPhoneBR } from '../../../../shared/domain/contact';
import { formatDocument } from '../../../../shared/domain/document';

/** The client's stored fields as the Detalhes form shows them (lists one entry per line). */
export const formFromClient = (c: Client): DetailsFormValues => ({
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
