import { useState } from 'react';
import { Tabs } from '../../ui/Tabs';
import { GeneralTab } from './general/GeneralTab';
import { HistoryTab } from './history/HistoryTab';
import styles from './IntegrationPage.module.css';

type TabKey = 'general' | 'history';
const TABS = [
  { key: 'general' as const, label: 'Informações Gerais' },
  { key: 'history' as const, label: 'Histórico' },
];

/** Configurações → Integração → Dados ERP: is the integration healthy, and what exactly did it exchange. */
export function IntegrationPage() {
  const [tab, setTab] = useState<TabKey>('general');
  return (
    <div className={styles.page}>
      <h2>Integração → Dados ERP</h2>
      <p className={`muted ${styles.intro}`}>
        Acompanhe a integração com o ERP e o envio de contas a receber ao bureau: situação, agendamento e o
        log de cada execução. Na aba Histórico, baixe uma planilha com todas as requisições e respostas de um
        período.
      </p>
      <Tabs items={TABS} active={tab} onSelect={setTab} label="Dados ERP" />
      {/* Both stay mounted: an export keeps its progress bar while the other tab is open. */}
      <div
        className={styles.panel}
        role="tabpanel"
        aria-label="Informações Gerais"
        hidden={tab !== 'general'}
      >
        <GeneralTab />
      </div>
      <div className={styles.panel} role="tabpanel" aria-label="Histórico" hidden={tab !== 'history'}>
        <HistoryTab />
      </div>
    </div>
  );
}
