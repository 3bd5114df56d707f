import { useState } from 'react';
import { Tabs } from '../../ui/Tabs';
import { ErrorNote } from '../../ui/ErrorNote';
import { CreditActions } from '../credit/CreditActions';
import { ClientHeader } from './ClientHeader';
import { DetailsTab } from './DetailsTab';
import { useClient } from './useClient';

type TabKey = 'details';
const TABS = [{ key: 'details' as const, label: 'Detalhes', hint: 'Alt+1' }];

export function ClientScreen({ id }: { id: number }) {
  const { client, error, setClient } = useClient(id);
  const [tab, setTab] = useState<TabKey>('details');
  if (error) return <ErrorNote message={error} />;
  if (!client) return <div className="loading">Carregando cliente…</div>;
  return (
    <article className="client-screen">
      <ClientHeader client={client} />
      <CreditActions client={client} onClientChange={setClient} />
      <Tabs items={TABS} active={tab} onSelect={setTab} label="Abas do cliente" />
      <div role="tabpanel" className="tab-panel">
        {tab === 'details' && <DetailsTab client={client} />}
      </div>
    </article>
  );
}
