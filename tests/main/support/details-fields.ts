import type { ClientEditableFields } from '../../../shared/ipc/dto/client-details';
import type { Client } from '../../../shared/ipc/dto/clients';

/** The Detalhes form as the screen sends it: every field as the client shows it, then `change`. */
export const detailsFields = (
  c: Client,
  change: Partial<ClientEditableFields> = {},
): ClientEditableFields => ({
  legalName: c.legalName,
  tradeName: c.tradeName,
  document: c.document,
  status: c.status,
  emails: c.emails,
  phones: c.phones,
  site: c.site,
  currency: c.currency,
  paymentMethod: c.paymentMethod,
  language: c.language,
  accountingAccount: c.accountingAccount,
  preferredAppointmentDay: c.preferredAppointmentDay,
  sharedAcrossCompanies: c.sharedAcrossCompanies,
  ...change,
});
