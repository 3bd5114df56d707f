/** Handlers of every client screen tab, joined so handlers.ts spreads one name. */
import { clientActivityHandlers } from './client-activities.handlers';
import { clientAddressHandlers } from './client-addresses.handlers';
import { clientBillingHandlers } from './client-billing.handlers';
import { clientContactHandlers } from './client-contacts.handlers';
import { clientDetailsHandlers } from './client-details.handlers';
import { clientFileHandlers } from './client-files.handlers';
import { clientHistoryHandlers } from './client-history.handlers';
import { clientTicketHandlers } from './client-tickets.handlers';
import { clientErpEditHandlers } from './client-erp-edits.handlers';

export const clientScreenHandlers = {
  ...clientDetailsHandlers,
  ...clientAddressHandlers,
  ...clientContactHandlers,
  ...clientActivityHandlers,
  ...clientTicketHandlers,
  ...clientBillingHandlers,
  ...clientFileHandlers,
  ...clientHistoryHandlers,
  ...clientErpEditHandlers,
};
