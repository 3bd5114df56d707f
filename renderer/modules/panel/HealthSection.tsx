import type { JobHealth } from '../../../shared/ipc/dto/panel';
import { errorMessage, useChannelQuery } from '../../lib/query';
import { ErrorNote } from '../../ui/ErrorNote';
import { ReconciliationTable } from './ReconciliationTable';
import { saveBlob } from '../../ui/save-file';
import { reconciliationCsv } from './reconciliation-csv';
import { count, when } from './format';
import styles from './Panel.module.css';
import toolbarCss from '../../ui/Toolbar.module.css';

const STATUS: Record<NonNullable<JobHealth['lastStatus']>, string> = {
  success: 'sucesso',
  failed: 'falhou',
  running: 'em andamento',
  interrupted: 'interrompida',
};

function JobCard({ title, health, testId }: { title: string; health: JobHealth; testId: string }) {
  return (
    <div className={styles.card} data-testid={testId}>
      <h3>{title}</h3>
      <dl className={styles.facts}>
        <dt>Última execução</dt>
        <dd>
          {when(health.lastRunAt)}
          {health.lastStatus ? ` (${STATUS[health.lastStatus]})` : ''}
        </dd>
        <dt>Último sucesso</dt>
        <dd>{when(health.lastSuccessAt)}</dd>
        <dt>Falhas em 7 dias</dt>
        <dd>{count(health.failures7d)}</dd>
      </dl>
      {health.alert && (
        <p role="alert" className={styles.alertBad}>
          {health.alert}
        </p>
      )}
    </div>
  );
}

/** Painel → Integração: ERP sync and receivables health, and the reconciliation of each send. */
export function HealthSection() {
  const health = useChannelQuery('panel.health', {});
  const rec = useChannelQuery('panel.reconciliation', { limit: 30 });
  const rows = rec.data ?? [];
  return (
    <section className={styles.section} aria-labelledby="panel-health">
      <h2 id="panel-health">Integração</h2>
      <ErrorNote message={errorMessage(health.error) ?? errorMessage(rec.error)} />
      {health.data && (
        <>
          <div className={styles.cards}>
            <JobCard title="Sincronização com o ERP" health={health.data.erp} testId="panel-health-erp" />
            <JobCard
              title="Contas a receber → bureau"
              health={health.data.receivables}
              testId="panel-health-receivables"
            />
          </div>
          <p className="muted">Tempo máximo sem sucesso: {health.data.maxHoursWithoutSuccess} h.</p>
        </>
      )}
      <div className={toolbarCss.toolbar}>
        <h3>Conciliação dos envios (Central × bureau)</h3>
        <span className={toolbarCss.spacer} />
        <button
          type="button"
          disabled={rows.length === 0}
          onClick={() =>
            saveBlob(
              'conciliacao-contas-a-receber.csv',
              new Blob([reconciliationCsv(rows)], { type: 'text/csv;charset=utf-8' }),
            )
          }
        >
          Baixar conciliação (CSV)
        </button>
      </div>
      {rec.data && <ReconciliationTable rows={rows} />}
    </section>
  );
}
