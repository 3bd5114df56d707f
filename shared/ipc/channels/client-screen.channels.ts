/** Every channel of the client screen's tabs, joined here so contract.ts imports one name. */
import { clientActivityChannels } from './client-activities.channels';
import { clientAddressChannels } from './client-addresses.channels';
import { clientBillingChannels } from './client-billing.channels';
import { clientContactChannels } from './client-contacts.channels';
import { clientDetailsChannels } from './client-details.channels';
import { clientFileChannels } from './client-files.channels';
import { clientHistoryChannels } from './client-history.channels';
import { clientTicketChannels } from './client-tickets.channels';
import { clientErpEditChannels } from './client-erp-edits.channels';

export const clientScreenChannels = {
  ...clientDetailsChannels,
  ...clientAddressChannels,
  ...clientContactChannels,
  ...clientActivityChannels,
  ...clientTicketChannels,
  ...clientBillingChannels,
  ...clientFileChannels,
  ...clientHistoryChannels,
  ...clientErpEditChannels,
};
