import { useState } from 'react';
import { ErrorNote } from '../../../ui/ErrorNote';
import { ErpSettingsForm } from '../../settings';
import { ErpSyncPanel } from '../../settings';
import { BusinessRule } from './BusinessRule';
import { OverviewGrid } from './OverviewGrid';
import { RunLogTable } from './RunLogTable';
import { ScheduleForm } from './ScheduleForm';
import { useOverview } from './useOverview';
import { FirstSyncNotice } from '../../setup';

/** Informações Gerais: health of the integration, its schedule, the run log and the ERP connection. */
export function GeneralTab() {
  const [version, setVersion] = useState(0);
  const bump = () => setVersion((v) => v + 1);
  const { overview: o, error, identityError, replace } = useOverview(version);
  if (!o) return error ? <ErrorNote message={error} /> : <p className="loading">Carregando…</p>;
  return (
    <div className="integration-general">
      {o.alert && (
        <p className="integration-alert" role="alert" data-testid="integration-alert">
          {o.alert}
        </p>
      )}
      <FirstSyncNotice what="os totais abaixo ainda não representam o ERP." />
      <OverviewGrid o={o} identityError={identityError} />
      <BusinessRule o={o} />
      <ScheduleForm o={o} onSaved={replace} />
      <RunLogTable version={`${version}:${o.runningRunIds.join(',')}`} />
      <section className="integration-connection" aria-labelledby="integration-connection-title">
        <h3 id="integration-connection-title">Conexão com o ERP</h3>
        {/* Remounted when Agendamento changes, so its save never writes back an older time. */}
        <ErpSettingsForm key={o.syncTime} onSaved={bump} />
        <ErpSyncPanel version={version} onSyncStarted={bump} />
      </section>
    </div>
  );
}
