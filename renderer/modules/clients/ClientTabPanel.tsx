import { ClientOrdersTab } from '../credit-release';
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
  clientId: number;
}

/** Only the active tab is mounted: each loads its own data when shown, none runs in the background. */
export function ClientTabPanel({ tab, clientId }: Props) {
  switch (tab) {
    case 'details':
      return <DetailsTab clientId={clientId} />;
    case 'addresses':
      return <AddressesTab clientId={clientId} />;
    case 'contacts':
      return <ContactsTab clientId={clientId} />;
    case 'activities':
      return <ActivitiesTab clientId={clientId} />;
    case 'support':
      return <SupportTab clientId={clientId} />;
    case 'revenue':
      return <RevenueTab clientId={clientId} />;
    case 'billing':
      return <BillingDocumentsTab clientId={clientId} />;
    case 'products':
      return <ProductsTab clientId={clientId} />;
    case 'files':
      return <FilesTab clientId={clientId} />;
    case 'history':
      return <HistoryTab clientId={clientId} />;
    case 'orders':
      return <ClientOrdersTab clientId={clientId} />;
  }
}
