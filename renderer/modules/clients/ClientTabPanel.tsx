import type { Client } from '../../../shared/ipc/dto/clients';
import type { ClientTabKey } from './clientTabs';
import { ActivitiesTab } from './activities/ActivitiesTab';
import { AddressesTab } from './addresses/AddressesTab';
import { BillingDocumentsTab } from './billing/BillingDocumentsTab';
import { ContactsTab } from './contacts/ContactsTab';
import { DetailsTab } from './details/DetailsTab';
import { FilesTab } from './files/FilesTab';
import { HistoryTab } from './history/HistoryTab';
import { ProductsTab } from './products/ProductsTab';
import { RevenueTab } from './revenue/RevenueTab';
import { SupportTab } from './support/SupportTab';

interface Props {
  tab: ClientTabKey;
  client: Client;
  onClientChange: (update: (c: Client | null) => Client | null) => void;
}

/** Only the active tab is mounted: each loads its own data when shown, none runs in the background. */
export function ClientTabPanel({ tab, client, onClientChange }: Props) {
  switch (tab) {
    case 'details':
      return <DetailsTab client={client} onClientChange={onClientChange} />;
    case 'addresses':
      return <AddressesTab clientId={client.id} />;
    case 'contacts':
      return <ContactsTab clientId={client.id} />;
    case 'activities':
      return <ActivitiesTab clientId={client.id} />;
    case 'support':
      return <SupportTab clientId={client.id} />;
    case 'revenue':
      return <RevenueTab clientId={client.id} />;
    case 'billing':
      return <BillingDocumentsTab clientId={client.id} />;
    case 'products':
      return <ProductsTab clientId={client.id} />;
    case 'files':
      return <FilesTab clientId={client.id} />;
    case 'history':
      return <HistoryTab clientId={client.id} />;
  }
}
