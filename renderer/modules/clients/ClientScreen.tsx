import { useCallback, useRef } from 'react';
import { Tabs } from '../../ui/Tabs';
import { ErrorNote } from '../../ui/ErrorNote';
import { FinancePanel, useFinancialSnapshot } from '../finance';
import { CreditActions } from '../credit';
import { ClientHeader } from './ClientHeader';
import { ClientTabPanel } from './ClientTabPanel';
import { CLIENT_TABS, type ClientTabKey } from './clientTabs';
import { useClientTabs } from './store';
import { useClient } from './useClient';
import { useClientTabShortcuts } from './useClientTabShortcuts';
import tabsCss from '../../ui/Tabs.module.css';
import screenCss from './ClientScreen.module.css';

export function ClientScreen({ id }: { id: number }) {
  const { client, error } = useClient(id);
  // Read once here, for the header and Informações Financeiras alike (see useFinancialSnapshot).
  const picture = useFinancialSnapshot(id);
  const tab = useClientTabs((s) => s.active[id] ?? 'details');
  const showTab = useClientTabs((s) => s.show);
  const select = useCallback((key: ClientTabKey) => showTab(id, key), [showTab, id]);
  const tabList = useRef<HTMLDivElement>(null);
  useClientTabShortcuts(select, tabList);

  if (error) return <ErrorNote message={error} />;
  if (!client) return <div className="loading">Carregando cliente…</div>;
  // "client-screen" stays as a plain hook: the tab-switch bench and test find the screen by it.
  return (
    <article className={`client-screen ${screenCss.screen}`}>
      <ClientHeader client={client} snapshot={picture.snapshot} />
      {/* Side panel slot, beside the header (below it on narrow screens): "Informações Financeiras" (ERP). */}
      <aside className={screenCss.side} aria-label="Painel do cliente">
        <FinancePanel clientId={client.id} picture={picture} />
      </aside>
      <div className={screenCss.body}>
        <CreditActions clientId={client.id} />
        <div ref={tabList}>
          <Tabs items={CLIENT_TABS} active={tab} onSelect={select} label="Abas do cliente" />
        </div>
        <div
          role="tabpanel"
          className={tabsCss.panel}
          aria-label={CLIENT_TABS.find((t) => t.key === tab)?.label}
        >
          <ClientTabPanel tab={tab} clientId={client.id} />
        </div>
      </div>
    </article>
  );
}
