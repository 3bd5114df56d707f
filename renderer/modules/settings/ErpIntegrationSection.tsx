import { useState } from 'react';
import { ErpSettingsForm } from './ErpSettingsForm';
import { ErpSyncPanel } from './ErpSyncPanel';

/** Configurações → Integração → Dados ERP (the fuller integration page comes in a later release). */
export function ErpIntegrationSection() {
  const [version, setVersion] = useState(0);
  return (
    <div className="erp-integration">
      <h2>Integração → Dados ERP</h2>
      <ErpSettingsForm onSaved={() => setVersion((v) => v + 1)} />
      <ErpSyncPanel version={version} />
    </div>
  );
}
