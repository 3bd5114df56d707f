import { ErrorNote } from '../../../ui/ErrorNote';
import { ErpSettingsForm } from '../../settings';
import { ErpSyncPanel } from '../../settings';
import { BusinessRule } from './BusinessRule';
import { OverviewGrid } from './OverviewGrid';
import { RunLogTable } from './RunLogTable';
import { ScheduleForm } from './ScheduleForm';
import { useOverview } from './useOverview';
import { FirstSyncNotice } from '../../setup';
import styles from './GeneralTab.module.css';

/** Informações Gerais: health of the integration, its schedule, the run log and the ERP connection. */
export function GeneralTab() {
  const { overview: o, error, identityError } = useOverview();
  if (!o) return error ? <ErrorNote message={error} /> : <p className="loading">Carregando…</p>;
  return (
    <div className={styles.general}>
      {o.alert && (
        <p className={styles.alert} role="alert" data-testid="integration-alert">
          {o.alert}
        </p>
      )}
      <FirstSyncNotice what="os totais abaixo ainda não representam o ERP." />
      <OverviewGrid o={o} identityError={identityError} />
      <BusinessRule o={o} />
      <ScheduleForm o={o} />
      <RunLogTable running={o.runningRunIds.length > 0} />
      <section className={styles.connection} aria-labelledby="integration-connection-title">
        <h3 id="integration-connection-title">Conexão com o ERP</h3>
        {/* Remounted when Agendamento changes, so its save never writes back an older time. */}
        <ErpSettingsForm key={o.syncTime} />
        <ErpSyncPanel />
      </section>
    </div>
  );
}
